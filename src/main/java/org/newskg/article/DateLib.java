package org.newskg.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Publication times as articles (and {@code --published}) write them.
 *
 * <p>Accepted: an ISO-8601 offset date-time ({@code 2019-11-07T01:42:27+00:00}, {@code 2019-11-07T01:42:27Z},
 * with or without fractional seconds, also {@code +0000} as web pages often write it) and a plain date
 * ({@code 2019-11-07}, read as the start of that day in UTC).
 *
 * <p>Supported are the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}, both as written and in UTC, the years an
 * {@code xsd:dateTime} can hold without a sign or a fifth digit; dates derived from a publication time (relative
 * dates such as "next Monday") are kept only inside the same range. Thread-safe.
 */
public final class DateLib {
    /** How to write a date, for hints. */
    public static final String EXAMPLES = "2019-11-07T01:42:27+00:00 or 2019-11-07";
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HHMM", "Z")
            .toFormatter();

    private static final List<DateTimeFormatter> DATE_TIMES =
            List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, COMPACT_OFFSET);

    private DateLib() {
    }

    /** True when the day lies in the supported years. */
    public static boolean isSupported(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /** True when the time, as written and in UTC, lies in the supported years. */
    public static boolean isSupported(OffsetDateTime time) {
        return isSupported(time.toLocalDate())
                && isSupported(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    }

    /**
     * What is wrong with a time outside the supported years, for a message; empty when it is supported.
     *
     * @return e.g. {@code '9999-12-31T23:00-01:00' is 10000-01-01T00:00Z in UTC, outside the years 0001 to 9999}
     */
    public static Optional<String> rangeProblem(OffsetDateTime time) {
        return rangeProblem(time.toString(), time);
    }

    private static Optional<String> rangeProblem(String written, OffsetDateTime time) {
        if (isSupported(time)) {
            return Optional.empty();
        }
        boolean onlyUtcOutside = isSupported(time.toLocalDate());
        String inUtc = onlyUtcOutside ? " " + time.withOffsetSameInstant(ZoneOffset.UTC) + " in UTC," : "";
        return Optional.of(ArticleProblem.quote(written) + " is" + inUtc + " outside the supported years "
                + String.format("%04d", FIRST_YEAR) + " to " + LAST_YEAR);
    }

    /**
     * Reads a publication time, saying what is wrong when it cannot be used.
     *
     * @param text the value as written
     * @return the time, or what is wrong with the value (not in an accepted form, or outside the supported years)
     */
    public static Reading read(String text) {
        Optional<OffsetDateTime> parsed = parse(text);
        if (parsed.isEmpty()) {
            return new Reading(Optional.empty(), Optional.of("expected an ISO-8601 date-time but was "
                    + ArticleProblem.quote(text.strip())));
        }
        return new Reading(parsed.filter(DateLib::isSupported), rangeProblem(text.strip(), parsed.get()));
    }

    /**
     * The outcome of {@link #read(String)}: exactly one of the two is present.
     *
     * @param time    the time, in the supported years
     * @param problem what is wrong, without a final period
     */
    public record Reading(Optional<OffsetDateTime> time, Optional<String> problem) {
    }

    /**
     * Parses a publication time, whatever its year.
     *
     * @param text the value as written; surrounding white space is ignored
     * @return the time, or empty when {@code text} is not in an accepted form; check it with
     *         {@link #isSupported(OffsetDateTime)}, or use {@link #read(String)}
     */
    public static Optional<OffsetDateTime> parse(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(OffsetDateTime.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay()
                    .atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
