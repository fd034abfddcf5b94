package org.newskg.export;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When an edge holds, for the GEXF timeline ({@code timeformat="date"}): an edge about an event starts at the
 * event's date (the first day of a month or year) and ends at the end of its range; a leadership holds from its
 * article's date when current or alleged, and ends at it when former. Other edges have no time: they always hold.
 *
 * @param start the first day it holds, as yyyy-mm-dd
 * @param end   the last day it holds, as yyyy-mm-dd
 */
record GexfTime(Optional<String> start, Optional<String> end) {
    static final GexfTime ALWAYS = new GexfTime(Optional.empty(), Optional.empty());

    static GexfTime of(VizEdge edge) {
        if (edge.date().isPresent()) {
            Optional<LocalDate> start = firstDay(edge.date().get());
            Optional<LocalDate> end = edge.dateEnd().flatMap(GexfTime::lastDay)
                    .filter(e -> start.isEmpty() || !e.isBefore(start.get()));
            return new GexfTime(start.map(LocalDate::toString), end.map(LocalDate::toString));
        }
        if (edge.relation().equals(Relation.leads.name()) && edge.articleDate().isPresent()) {
            Optional<String> day = firstDay(edge.articleDate().get()).map(LocalDate::toString);
            return edge.status().filter("former"::equals).isPresent() ? new GexfTime(Optional.empty(), day)
                    : new GexfTime(day, Optional.empty());
        }
        return ALWAYS;
    }

    boolean isTimed() {
        return start.isPresent() || end.isPresent();
    }

    /** The first day of a date, a month (2006-12) or a year (2019). */
    static Optional<LocalDate> firstDay(String date) {
        try {
            return switch (date.length()) {
                case 4 -> Optional.of(Year.parse(date).atDay(1));
                case 7 -> Optional.of(YearMonth.parse(date).atDay(1));
                default -> Optional.of(LocalDate.parse(date.substring(0, Math.min(10, date.length()))));
            };
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The last day of a date, a month or a year. */
    static Optional<LocalDate> lastDay(String date) {
        try {
            return switch (date.length()) {
                case 4 -> Optional.of(Year.parse(date).atMonth(12).atEndOfMonth());
                case 7 -> Optional.of(YearMonth.parse(date).atEndOfMonth());
                default -> Optional.of(LocalDate.parse(date.substring(0, Math.min(10, date.length()))));
            };
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
