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
 * ({@code 2019-11-07}, read as the start of that day in UTC). Thread-safe.
 */
public final class DateLib {
    /** How to write a date, for hints. */
    public static final String EXAMPLES = "2019-11-07T01:42:27+00:00 or 2019-11-07";

    private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HHMM", "Z")
            .toFormatter();

    private static final List<DateTimeFormatter> DATE_TIMES =
            List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, COMPACT_OFFSET);

    private DateLib() {
    }

    /**
     * Parses a publication time.
     *
     * @param text the value as written; surrounding white space is ignored
     * @return the time, or empty when {@code text} is not in an accepted form
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
