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

    @Test
    void supportsTheYears1To9999AsWrittenAndInUtc() {
        assertThat(DateLib.read("9999-12-31T23:00Z").time()).isPresent();
        assertThat(DateLib.read("0001-01-01").time()).isPresent();
        assertThat(DateLib.read("9999-12-31T23:00-01:00").problem()).contains("'9999-12-31T23:00-01:00' is "
                + "+10000-01-01T00:00Z in UTC, outside the supported years 0001 to 9999");
        assertThat(DateLib.read("0000-12-31T23:30-01:00").problem()).contains("'0000-12-31T23:30-01:00' is "
                + "outside the supported years 0001 to 9999");
        assertThat(DateLib.read("+10000-01-01").problem()).contains("'+10000-01-01' is outside the supported "
                + "years 0001 to 9999");
        assertThat(DateLib.read("May 1").problem()).contains("expected an ISO-8601 date-time but was 'May 1'");
    }

    @Test
    void anArticleCannotHoldATimeOutsideTheSupportedYearsOrAnAddressThatIsNoIri() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Article.of("T", DateLib.parse("+10000-01-01"),
                java.util.Optional.empty(), java.util.Optional.empty(), "Text.", "a.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("published: ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Article.of("T", java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of("https://x.example/<a>"), "Text.", "a.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("url: ");
    }
}
