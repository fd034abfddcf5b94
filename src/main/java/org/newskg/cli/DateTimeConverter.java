package org.newskg.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.newskg.article.DateLib;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 2019-11-07}, {@code 2019-11-07T01:42:27Z} or {@code 2019-11-07T01:42:27+01:00}. */
public final class DateTimeConverter implements ITypeConverter<OffsetDateTime> {
    @Override
    public OffsetDateTime convert(String value) {
        OffsetDateTime time = parse(value);
        DateLib.rangeProblem(time).ifPresent(problem -> {
            throw new TypeConversionException(problem);
        });
        return time;
    }

    private static OffsetDateTime parse(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw new TypeConversionException("expected an ISO-8601 date or date-time such as 2019-11-07 or "
                        + "2019-11-07T01:42:27Z but was '" + value + "'");
            }
        }
    }
}
