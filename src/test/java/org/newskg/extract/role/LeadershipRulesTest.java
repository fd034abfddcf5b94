package org.newskg.extract.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.FamilyTie;
import org.newskg.extract.Membership;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;

/**
 * The rules of {@code leadership.rules} on invented sentences, parsed once by CoreNLP and recorded under
 * {@code relations/}. A leadership is written "leader | organization | role | status [rule]", with entity keys.
 */
class LeadershipRulesTest {

    @Test
    void foundingLeadingVerbsAndRoleNounsEachNameTheirRule() {
        assertThat(leaderships("leadership-rules")).containsExactlyInAnyOrder(
                "person/mara-quint | organization/selwyn-group | co-founder | current [leadership-verb-object]",
                "person/owen-hale | organization/dunmore-trust | founder | current [leadership-verb-by]",
                "person/rita-sand | organization/dunmore-trust | founder | current [leadership-verb-by]",
                "person/piet-vos | organization/harlow-bank | chairman | current [leadership-role-apposed]",
                "person/ines-ward | organization/corlin-media | chief executive | current"
                        + " [leadership-role-apposition]",
                "person/tom-reeve | organization/arden-institute | head | current [leadership-role-as]",
                "person/lena-frost | organization/palmer-foods | chief executive | current"
                        + " [leadership-role-named-object]",
                "person/karl-mint | organization/osman-party | leader | former [leadership-role-as]",
                "person/ivo-brandt | organization/black-fen-cartel | leader | alleged [leadership-accused-of-verb]",
                "person/nora-kell | organization/wexford-society | head | current [leadership-verb-board]",
                "person/julia-brenner | organization/grey-lantern-records | founder | current"
                        + " [leadership-verb-by-described-org]",
                "person/jon-ekker | organization/baltic-ferry-union | head | current [leadership-role-apposition]",
                "person/mia-tern | organization/orland-club | president | current [leadership-role-copula-subject]",
                "person/sven-oda | organization/kestrel-labs | founder | current [leadership-role-predicate-shared]");
    }

    @Test
    void noLeadershipForAnObjectsRoleASubordinateTitleOrANegationAndStatusFromUntilReportedlyFormer() {
        assertThat(leaderships("leadership-negatives")).containsExactlyInAnyOrder(
                "person/tina-roe | organization/mercer-steel | chairman | current [leadership-role-as]",
                "person/ben-hay | organization/orchard-union | leader | former [leadership-verb-object]",
                "person/ugo-lenz | organization/vanta-cartel | leader | alleged [leadership-verb-object]",
                "person/paula-dent | organization/arno-museum | director | former [leadership-role-apposed]");
    }

    @Test
    void itsResolvedThroughCoreferenceAPastCopulaIsFormerAndThePresentPerfectIsCurrent() {
        assertThat(leaderships("leadership-more")).containsExactlyInAnyOrder(
                "person/erik-dahl | organization/green-valley-party | leader | current [leadership-role-apposition]",
                "person/lars-ode | organization/hexa-studios | founder | current [leadership-verb-by-described-org]",
                "person/frida-holm | organization/tern-foundation | chairwoman | former [leadership-role-copula]",
                "person/jonas-ekholm | organization/lund-rowing-club | leader | current [leadership-verb-object]");
    }

    @Test
    void foundingPartnersAndFoundingMembersFoundedTheOrganizationButALendersMoneyDidNot() {
        assertThat(leaderships("leadership-founders")).contains(
                "person/lena-ostrova | organization/meridian-bank | founder | current [leadership-verb-object]",
                "person/paul-ekberg | organization/meridian-bank | founder | current [leadership-verb-with]",
                "person/jonas-reed | organization/harbor-trust | founder | current [leadership-verb-object]",
                "person/carla-mendes | organization/harbor-trust | founder | current [leadership-verb-with]",
                "person/mark-olsen | organization/green-alliance | founder | current"
                        + " [leadership-founding-member-apposed]")
                .noneMatch(l -> l.startsWith("person/tom-harlan"));
    }

    private static List<String> leaderships(String name) {
        AnnotatedArticle article = AnnotatedArticleJson.read(fixture(name));
        List<Entity> entities = new EntityExtractor().extract(article).entities();
        EntityIndex index = EntityIndex.of(entities);
        List<Membership> memberships = new RoleExtractor().extract(article, index).memberships();
        List<FamilyTie> ties = new FamilyExtractor().extract(article, index);
        return new LeadershipExtractor().extract(article, index, memberships, ties).stream()
                .map(l -> String.join(" | ", l.leaderKey(), l.organizationKey(), l.role().orElse("-"),
                        l.status().localName()) + " [" + l.evidence().extractor() + "]").toList();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(LeadershipRulesTest.class.getResource("/relations/" + name + ".json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
