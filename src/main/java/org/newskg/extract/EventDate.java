package org.newskg.extract;

import java.util.Optional;

/**
 * When an event happened: a day ({@code 2019-11-04}), a month ({@code 2018-04}) or a year ({@code 2006}), with an
 * optional end for a range.
 *
 * @param value      the ISO 8601 date, year-month or year
 * @param end        the last day, month or year of a range, when it is one
 * @param inferred   whether it was resolved from a relative expression ("on Monday", "last month") against the
 *                   publication date rather than written out
 * @param expression the time expression as written
 */
public record EventDate(String value, Optional<String> end, boolean inferred, String expression) {
    public EventDate {
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("not an ISO date, year-month or year: " + value);
        }
    }

    public Precision precision() {
        return value.length() == 10 ? Precision.DAY : value.length() == 7 ? Precision.MONTH : Precision.YEAR;
    }

    public enum Precision { DAY, MONTH, YEAR }
}
