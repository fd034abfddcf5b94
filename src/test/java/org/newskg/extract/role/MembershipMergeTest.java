package org.newskg.extract.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Evidence;
import org.newskg.extract.Membership;
import org.newskg.nlp.Span;

class MembershipMergeTest {

    @Test
    void roleWithoutOrganizationGivesWayToTheSameRoleInAnOrganization() {
        Membership bare = membership(Optional.empty(), "President", 0, 0.8);
        Membership inOrg = membership(Optional.of("organization/acme"), "president", 1, 0.8);
        assertThat(RoleExtractor.MembershipLib.merge(List.of(bare, inOrg))).containsExactly(inOrg);
    }

    @Test
    void duplicatesInOneSentenceKeepTheSurest() {
        Membership weak = membership(Optional.of("organization/acme"), "director", 2, 0.7);
        Membership strong = membership(Optional.of("organization/acme"), "director", 2, 0.85);
        Membership elsewhere = membership(Optional.of("organization/acme"), "director", 5, 0.7);
        assertThat(RoleExtractor.MembershipLib.merge(List.of(weak, strong, elsewhere)))
                .containsExactly(strong, elsewhere);
    }

    private static Membership membership(Optional<String> org, String role, int sentence, double confidence) {
        Span span = new Span(sentence * 10, sentence * 10 + 5);
        return new Membership("person/ann-lee", org, Optional.of(role), Optional.empty(),
                new Evidence(sentence, "text", span, "text", "test", confidence));
    }
}
