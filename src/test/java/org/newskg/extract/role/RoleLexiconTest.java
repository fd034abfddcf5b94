package org.newskg.extract.role;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleLexiconTest {
    private final RoleLexicon lexicon = RoleLexicon.get();

    @Test
    void rolesAreComparedWithoutCaseOrFullStops() {
        assertThat(lexicon.isRoleNoun("Director")).isTrue();
        assertThat(lexicon.isRoleNoun("Sen.")).isTrue();
        assertThat(lexicon.isRoleNoun("brother")).isFalse();
        assertThat(lexicon.isHonorific("Mr.")).isTrue();
    }

    @Test
    void nationalitiesNameTheirCountry() {
        assertThat(lexicon.countryNames("Peruvian")).first().isEqualTo("Peru");
        assertThat(lexicon.countryNames("Peruvian")).contains("Republic of Peru", "PER").doesNotContain("P.E.R.");
        assertThat(lexicon.countryNames("American")).contains("United States", "US", "U.S.", "USA");
        assertThat(lexicon.countryNames("Martian")).isEmpty();
    }
}
