package org.newskg.extract.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;

/**
 * The rules of {@code affiliation.rules} on invented sentences, parsed once by CoreNLP and recorded under
 * {@code relations/}. A membership is written "person | organization | role | jurisdiction [rule]", with entity keys
 * and "-" for what is absent.
 */
class AffiliationRulesTest {

    @Test
    void membershipsOfTeamsEmployersPartiesAndBandsEachNameTheirRule() {
        assertThat(memberships("affiliation-patterns")).containsExactlyInAnyOrder(
                "person/tomas-varga | organization/harbor-city-fc | - | - [affiliation-occupation-plays-for]",
                "person/lena-ostrova | organization/meridian-bank | - | - [affiliation-verb-joined]",
                "person/paul-ekberg | organization/green-alliance | member of the Green Alliance party | -"
                        + " [affiliation-apposition-after]",
                "person/ines-walther | organization/meridian-bank | - | - [affiliation-possessive]",
                "person/jonas-reed | organization/westbrook-institute | - | - [affiliation-name-of]",
                "person/ana-pireira | organization/northfield-university | professor | - [affiliation-apposition-after]",
                "person/rafael-ortiz | - | co-founders | - [affiliation-title-compound]",
                "person/mia-chang | - | co-founders | - [affiliation-title-plural-listed]",
                "person/dana-whitfield | - | publicist | - [affiliation-apposition-before]",
                "person/sara-lindqvist | organization/eastport-united | - | - [affiliation-verb-signed]");
    }

    @Test
    void noMembershipFromANegatedVerbAFriendAnUnresolvedPronounOrANationality() {
        assertThat(memberships("affiliation-negatives")).containsExactly(
                "person/carla-mendes | - | journalist | - [affiliation-apposition-after]");
    }

    @Test
    void aHeadOfGovernmentBelongsToTheJurisdictionTheRoleNames() {
        assertThat(memberships("affiliation-heads")).containsExactlyInAnyOrder(
                "person/claire-dubois | - | President | - [affiliation-title-before]",
                "person/nikos-andreou | - | Prime Minister | - [affiliation-title-before]",
                "person/tom-harlan | - | mayor | place/denver [affiliation-apposition-after]",
                "person/rui-santos | - | prime minister | place/portugal [affiliation-apposition-before]");
    }

    @Test
    void aRoleAsTheSubjectABracketedPartyAndAPostHeldByAnOccupationsHolder() {
        assertThat(memberships("affiliation-more")).containsExactlyInAnyOrder(
                "person/tom-harlan | - | mayor | place/denver [affiliation-copula-inverted]",
                "person/eva-lund | organization/green-alliance | - | - [affiliation-bracketed]",
                "person/mark-olsen | organization/northfield-university | principal | -"
                        + " [affiliation-occupation-served-as]");
    }

    static List<String> memberships(String fixture) {
        AnnotatedArticle article = AnnotatedArticleJson.read(fixture(fixture));
        List<Entity> entities = new EntityExtractor().extract(article).entities();
        return new RoleExtractor().extract(article, EntityIndex.of(entities)).memberships().stream()
                .map(m -> String.join(" | ", m.personKey(), m.organizationKey().orElse("-"), m.role().orElse("-"),
                        m.placeKey().orElse("-")) + " [" + m.evidence().extractor() + "]").toList();
    }

    static Path fixture(String name) {
        try {
            return Path.of(AffiliationRulesTest.class.getResource("/relations/" + name + ".json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
