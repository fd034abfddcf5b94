package org.newskg.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.article.DateLib;
import org.newskg.extract.EventDate;

/**
 * Turns a TIMEX3 value that SUTime resolved against the publication date into an {@link EventDate}, and moves a
 * relative date that landed on the wrong side of the publication date to the side the clause's tense says.
 * Stateless.
 */
final class EventDates {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern END_OF = Pattern.compile("(?i)\\bend of\\b");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /** Which way the clause looks: to the future ("will", "must"), the past (a past tense), or neither. */
    enum Tense { PAST, FUTURE, UNKNOWN }

    private EventDates() {
    }

    /**
     * The date of a TIMEX3 value, or empty when it is not one (a duration, "PAST_REF", a decade).
     *
     * @param value      the TIMEX3 value
     * @param expression the words it was read from
     * @param published  the publication date relative values were resolved against, if known
     * @param tense      the tense of the clause the expression belongs to
     */
    static Optional<EventDate> of(String value, String expression, Optional<LocalDate> published, Tense tense) {
        boolean relative = !WRITTEN_YEAR.matcher(expression).find();
        Matcher day = DAY.matcher(value);
        if (day.matches()) {
            LocalDate date = LocalDate.parse(day.group(1));
            if (relative && published.isPresent()) {
                date = toTenseSide(date, published.get(), tense, WEEKDAY.matcher(expression).find());
            }
            if (!DateLib.isSupported(date)) {
                return Optional.empty();
            }
            return Optional.of(new EventDate(date.toString(), Optional.empty(), relative, expression));
        }
        boolean endOf = END_OF.matcher(expression).find();
        if (endOf && MONTH.matcher(value).matches()) {
            String last = java.time.YearMonth.parse(value).atEndOfMonth().toString();
            return Optional.of(new EventDate(last, Optional.empty(), relative, expression));
        }
        if (endOf && YEAR.matcher(value).matches()) {
            return Optional.of(new EventDate(value + "-12", Optional.empty(), relative, expression));
        }
        if (MONTH.matcher(value).matches() || YEAR.matcher(value).matches()) {
            return Optional.of(new EventDate(value, Optional.empty(), relative, expression));
        }
        Matcher week = WEEK.matcher(value);
        if (week.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(DayOfWeek.MONDAY);
            return Optional.of(new EventDate(monday.toString(), Optional.of(monday.plusDays(6).toString()), true,
                    expression));
        }
        return Optional.empty();
    }

    /**
     * "He will surrender on Monday" is the Monday after publication, "he surrendered on Monday" the one before; a
     * day and month without a year move forward a year in a future clause ("must surrender on April 27"), but not
     * back in a past one, where the date is often the end of something ("delayed the vote until Oct. 3").
     */
    private static LocalDate toTenseSide(LocalDate date, LocalDate published, Tense tense, boolean weekday) {
        if (tense == Tense.FUTURE && date.isBefore(published)) {
            return weekday ? date.plusWeeks(1) : date.plusYears(1);
        }
        if (tense == Tense.PAST && weekday && date.isAfter(published)) {
            return weekday ? date.minusWeeks(1) : date.minusYears(1);
        }
        return date;
    }
}
