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
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    /** "two years ago": as precise as its unit. */
    private static final Pattern AGO = Pattern.compile("(?i).*\\b(year|month)s?\\s+ago\\b.*");
    /** "a week later", "two days earlier": counted from the date the text gave last, not from publication. */
    private static final Pattern LATER = Pattern.compile(
            "(?i)^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(day|week|month|year|decade)s?\\s+"
                    + "(later|earlier|after|before)$");
    /** "the same day": the date the text gave last. */
    private static final Pattern SAME = Pattern.compile("(?i)^the\\s+same\\s+(day|week|month|year)$");
    private static final java.util.List<String> COUNTS = java.util.List.of("zero", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten");

    /** Which way the clause looks: to the future ("will", "must"), the past (a past tense), or neither. */
    enum Tense { PAST, FUTURE, UNKNOWN }

    private EventDates() {
    }

    /**
     * The date of a TIMEX3 value, or empty when it is not one (a duration, "PAST_REF").
     *
     * @param value      the TIMEX3 value
     * @param expression the words it was read from
     * @param published  the publication date relative values were resolved against, if known
     * @param tense      the tense of the clause the expression belongs to
     * @param previous   the date of the event the text dated last, which "a week later" and "the same day" count
     *                   from; without it they date nothing
     */
    static Optional<EventDate> of(String value, String expression, Optional<LocalDate> published, Tense tense,
                                  Optional<EventDate> previous) {
        String words = expression.strip();
        if (LATER.matcher(words).matches() || SAME.matcher(words).matches()) {
            return previous.flatMap(p -> counted(words, p));
        }
        Matcher decade = DECADE.matcher(value);
        if (decade.matches()) {
            return Optional.of(new EventDate(decade.group(1) + "0", Optional.of(decade.group(1) + "9"), false,
                    expression));
        }
        Matcher ago = AGO.matcher(words);
        Matcher agoDay = DAY.matcher(value);
        if (ago.matches() && agoDay.matches()) {
            String day = agoDay.group(1);
            String kept = ago.group(1).equalsIgnoreCase("year") ? day.substring(0, 4) : day.substring(0, 7);
            return Optional.of(new EventDate(kept, Optional.empty(), true, expression));
        }
        return of(value, expression, published, tense);
    }

    /** "a week later" or "the same day" counted from the date given before, at its precision or a day's. */
    private static Optional<EventDate> counted(String words, EventDate previous) {
        Matcher same = SAME.matcher(words);
        if (same.matches()) {
            return Optional.of(new EventDate(previous.value(), Optional.empty(), true, words));
        }
        Matcher later = LATER.matcher(words);
        String unit = later.matches() ? later.group(2).toLowerCase(java.util.Locale.ROOT) : "";
        boolean byYears = unit.equals("year") || unit.equals("decade");
        if (!later.matches() || !byYears && previous.precision() != EventDate.Precision.DAY) {
            return Optional.empty();
        }
        String count = later.group(1).toLowerCase(java.util.Locale.ROOT);
        long n = count.matches("\\d+") ? Long.parseLong(count) : count.startsWith("a") ? 1 : COUNTS.indexOf(count);
        long signed = later.group(3).equalsIgnoreCase("later") || later.group(3).equalsIgnoreCase("after") ? n : -n;
        if (byYears) {
            long years = unit.equals("decade") ? 10 * signed : signed;
            int year = Integer.parseInt(previous.value().substring(0, 4)) + (int) years;
            return Optional.of(new EventDate(String.valueOf(year), Optional.empty(), true, words));
        }
        LocalDate from = LocalDate.parse(previous.value());
        LocalDate date = switch (unit) {
            case "day" -> from.plusDays(signed);
            case "week" -> from.plusWeeks(signed);
            default -> from.plusMonths(signed);
        };
        return DateLib.isSupported(date) ? Optional.of(new EventDate(date.toString(), Optional.empty(), true, words))
                : Optional.empty();
    }

    /** The date of a TIMEX3 value resolved against the publication date, or empty when it is not one. */
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
