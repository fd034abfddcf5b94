package org.newskg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EventDate;
import org.newskg.extract.event.EventDates.Tense;

/** TIMEX3 values as SUTime gives them for an article published on Thursday 2019-11-07. */
class EventDatesTest {
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.parse("2019-11-07"));

    private static EventDate of(String value, String expression, Tense tense) {
        return EventDates.of(value, expression, PUBLISHED, tense).orElseThrow();
    }

    @Test
    void aForwardReferenceResolvesForwardAndAPastOneBackward() {
        assertThat(of("2019-04-27", "April 27", Tense.FUTURE).value()).isEqualTo("2020-04-27");
        assertThat(of("2019-11-11", "Monday", Tense.PAST).value()).isEqualTo("2019-11-04");
        assertThat(of("2019-11-04", "Monday", Tense.FUTURE).value()).isEqualTo("2019-11-11");
        assertThat(of("2019-11-04", "Monday", Tense.UNKNOWN).value()).isEqualTo("2019-11-04");
    }

    @Test
    void aPastClauseKeepsADayAndMonthThatEndsSomething() {
        assertThat(of("2019-12-03", "Dec. 3", Tense.PAST).value()).isEqualTo("2019-12-03");
    }

    @Test
    void precisionAndWhetherTheDateWasInferred() {
        EventDate month = of("2018-04", "April 2018", Tense.PAST);
        assertThat(month.precision()).isEqualTo(EventDate.Precision.MONTH);
        assertThat(month.inferred()).isFalse();
        EventDate lastMonth = of("2019-10", "last month", Tense.PAST);
        assertThat(lastMonth.inferred()).isTrue();
        assertThat(of("2006", "2006", Tense.UNKNOWN).precision()).isEqualTo(EventDate.Precision.YEAR);
    }

    @Test
    void aWeekIsARangeAndTheEndOfAMonthIsItsLastDay() {
        EventDate week = of("2019-W44", "last week", Tense.PAST);
        assertThat(week.value()).isEqualTo("2019-10-28");
        assertThat(week.end()).contains("2019-11-03");
        assertThat(of("2013-02", "the end of the month", Tense.FUTURE).value()).isEqualTo("2013-02-28");
        assertThat(of("2017", "the end of that year", Tense.PAST).value()).isEqualTo("2017-12");
    }

    @Test
    void valuesThatAreNotDatesGiveNone() {
        assertThat(EventDates.of("PAST_REF", "once", PUBLISHED, Tense.PAST)).isEmpty();
        assertThat(EventDates.of("P40Y", "40 years", PUBLISHED, Tense.PAST)).isEmpty();
        assertThat(EventDates.of("2023-SP", "this spring", PUBLISHED, Tense.FUTURE)).isEmpty();
        assertThat(EventDates.of("202X", "the last decade", PUBLISHED, Tense.PAST)).isEmpty();
    }
}
