package org.newskg.extract.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;

/**
 * Biography forms of {@code affiliation.rules} on invented sentences recorded under {@code relations/}: posts named
 * in an occupation's relative clause, positions, clauses naming a team, and the "he" of a biography that coreference
 * left unresolved. A membership is written as in {@link AffiliationRulesTest}.
 */
class AffiliationBiographyTest {

    @Test
    void anOccupationsWhoWasClauseNamesThePostAndThePositionNamesTheTeam() {
        assertThat(AffiliationRulesTest.memberships("affiliation-biography")).contains(
                "person/tomas-varga | organization/harbor-city-fc | - | - [affiliation-occupation-plays-as-for]",
                "person/lena-ostrova | organization/meridian-bank | president | -"
                        + " [affiliation-occupation-who-was]");
    }

    @Test
    void anUnresolvedHeOfABiographyIsItsSubject() {
        assertThat(memberships(withoutCoreference("affiliation-biography"))).contains(
                "person/tomas-varga | organization/eastport-united | - | - [affiliation-verb-works-at]",
                "person/tomas-varga | organization/westbrook-rovers | - | - [affiliation-verb-works-at]",
                "person/tomas-varga | organization/northfield-athletic | - | - [affiliation-verb-works-at]",
                "person/tomas-varga | organization/green-alliance | - | - [affiliation-verb-joined]");
    }

    @Test
    void noSubjectForAPronounBesideAnotherPersonOrOfTheOtherGender() {
        assertThat(memberships(withoutCoreference("affiliation-subject-negatives")))
                .noneMatch(m -> m.startsWith("person/tomas-varga | organization/eastport-united"));
        assertThat(AffiliationRulesTest.memberships("affiliation-subject-negatives"))
                .noneMatch(m -> m.startsWith("person/tomas-varga | organization/harbor-city-fc"));
    }

    @Test
    void aClauseOfThePersonAndTheKindOfOrganizationNameTheTeamOrBand() {
        assertThat(AffiliationRulesTest.memberships("affiliation-teams")).containsExactlyInAnyOrder(
                "person/rafael-ortiz | organization/porto-atletico | - | - [affiliation-clause-joined-modifier]",
                "person/mia-chang | organization/bremen-hockey-club | - | - [affiliation-clause-plays-for]",
                "person/jonas-reed | organization/eastport-united | - | - [affiliation-occupation-plays-for]",
                "person/paul-ekberg | organization/silver-harbor | - | - [affiliation-name-of-kind]");
    }

    @Test
    void aDraftedPlayerAndAGerundJoiningNameTheTeamButAPraisingOrganizationDoesNot() {
        assertThat(AffiliationRulesTest.memberships("affiliation-transfers")).containsExactlyInAnyOrder(
                "person/ana-pireira | organization/eastport-hawks | - | - [affiliation-occupation-transferred]",
                "person/tom-harlan | organization/meridian-bank | - | - [affiliation-clause-joined-modifier]",
                "person/paul-ekberg | organization/westbrook-institute | - | - [affiliation-clause-joined]");
    }

    @Test
    void aVerbBeforeATitleEndsTheTitlesOrganization() {
        assertThat(AffiliationRulesTest.memberships("affiliation-clause-title")).containsExactlyInAnyOrder(
                "person/tom-harlan | - | Admiral | - [affiliation-title-before]",
                "person/jonas-reed | organization/meridian-bank | acting chairman | - [affiliation-title-before]");
    }

    /** The recorded article as if coreference had linked no pronoun to anyone. */
    private static AnnotatedArticle withoutCoreference(String fixture) {
        AnnotatedArticle article = AnnotatedArticleJson.read(AffiliationRulesTest.fixture(fixture));
        return new AnnotatedArticle(article.article(), article.sentences(), article.mentions(), List.of(),
                article.times(), article.nlpMillis());
    }

    private static List<String> memberships(AnnotatedArticle article) {
        List<Entity> entities = new EntityExtractor().extract(article).entities();
        return new RoleExtractor().extract(article, EntityIndex.of(entities)).memberships().stream()
                .map(m -> String.join(" | ", m.personKey(), m.organizationKey().orElse("-"), m.role().orElse("-"),
                        m.placeKey().orElse("-")) + " [" + m.evidence().extractor() + "]").toList();
    }
}
