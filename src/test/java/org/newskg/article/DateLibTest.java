package org.newskg.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateLibTest {

    @Test
    void acceptsOffsetDateTimesAndPlainDates() {
        OffsetDateTime seed = OffsetDateTime.of(2019, 11, 7, 1, 42, 27, 0, ZoneOffset.UTC);

        assertThat(DateLib.parse("2019-11-07T01:42:27+00:00")).contains(seed);
        assertThat(DateLib.parse(" 2019-11-07T01:42:27Z ")).contains(seed);
        assertThat(DateLib.parse("2019-11-07T01:42:27+0000")).contains(seed);
        assertThat(DateLib.parse("2019-11-07T03:42:27.000+02:00")).hasValueSatisfying(
                date -> assertThat(date.toInstant()).isEqualTo(seed.toInstant()));
        assertThat(DateLib.parse("2019-11-07")).contains(OffsetDateTime.of(2019, 11, 7, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void rejectsOtherForms() {
        assertThat(DateLib.parse("05/01/2024")).isEmpty();
        assertThat(DateLib.parse("Nov 7, 2019")).isEmpty();
        assertThat(DateLib.parse("2019-11-07T01:42:27")).isEmpty();
        assertThat(DateLib.parse("2019-13-07")).isEmpty();
        assertThat(DateLib.parse("")).isEmpty();
    }
}
