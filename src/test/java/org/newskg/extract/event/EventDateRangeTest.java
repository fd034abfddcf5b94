package org.newskg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.event.EventDates.Tense;

/**
 * Issue 13, item 10: a relative date resolved near the ends of the supported years (0001 to 9999) that would leave
 * them gives no date, instead of a five-digit year that fails the article or a year 0000 that is no XSD date.
 */
class EventDateRangeTest {

    @Test
    void aWeekdayAfterTheLastSupportedDayGivesNoDate() {
        Optional<LocalDate> published = Optional.of(LocalDate.parse("9999-12-31"));

        assertThat(EventDates.of("9999-12-27", "Monday", published, Tense.FUTURE)).isEmpty();
        assertThat(EventDates.of("9999-12-27", "Monday", published, Tense.PAST)).hasValueSatisfying(
                date -> assertThat(date.value()).isEqualTo("9999-12-27"));
    }

    @Test
    void aWeekdayBeforeTheFirstSupportedDayGivesNoDate() {
        Optional<LocalDate> published = Optional.of(LocalDate.parse("0001-01-02"));

        assertThat(EventDates.of("0001-01-04", "Thursday", published, Tense.PAST)).isEmpty();
    }
}
