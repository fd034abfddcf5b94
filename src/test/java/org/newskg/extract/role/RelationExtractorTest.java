package org.newskg.extract.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.FamilyTie;
import org.newskg.extract.Leadership;
import org.newskg.extract.Membership;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Leadership and family patterns on short invented texts, parsed once by CoreNLP and recorded under
 * {@code relations/}. A leadership is written "leader | organization | role | status", a tie "person relation
 * relative", with entity keys.
 */
class RelationExtractorTest {

    @Test
    void leadingRolesWithTheirStatusAndNotViceOrHeadOfState() {
        Result result = extract("leadership-roles");
        assertThat(result.leaderships()).containsExactlyInAnyOrder(
                "person/ana-costa | organization/harbor-trust | director | current",
                "person/ruben-ortiz | organization/halden-bank | chairman | former",
                "person/carlo-venturi | organization/mafia | boss | alleged");
        assertThat(result.leadershipList).extracting(l -> l.evidence().extractor()).containsExactlyInAnyOrder(
                "leadership-role-title", "leadership-role-apposed", "leadership-role-apposition");
        assertThat(result.leadershipList).allSatisfy(l -> assertThat(l.evidence().confidence()).isBetween(0.5, 1.0));
    }

    @Test
    void leadingVerbsPresentPastRelativeClauseAndNegation() {
        Result result = extract("leadership-verbs");
        assertThat(result.leaderships()).containsExactlyInAnyOrder(
                "person/elena-park | organization/solway-institute | head | current",
                "person/tomas-reyes | organization/blue-ridge-cartel | leader | former",
                "person/tomas-reyes | organization/northern-front | founder | current");
        Leadership ran = result.leadershipList.stream().filter(l -> l.status().localName().equals("former"))
                .findFirst().orElseThrow();
        assertThat(ran.evidence().sentenceText()).isEqualTo("The Blue Ridge Cartel, which Tomas Reyes once ran, is now weaker.");
    }

    @Test
    void statusCuesUntilReportedlyAccusedFormerTookOverAndANegation() {
        assertThat(extract("leadership-cues").leaderships()).containsExactlyInAnyOrder(
                "person/sara-lind | organization/harbor-trust | leader | former",
                "person/ivan-petrov | organization/black-sea-cartel | head | alleged",
                "person/paul-dorn | organization/halden-bank | chairman | former",
                "person/marta-quiroga | organization/red-delta-gang | leader | alleged",
                "person/omar-haddad | organization/nile-front | leader | current");
    }

    @Test
    void aLeaderWhoResignedOrALateFounderIsFormerButOneWhoWillStepDownIsNot() {
        assertThat(extract("leadership-leaving").leaderships()).containsExactlyInAnyOrder(
                "person/ana-costa | organization/halden-bank | chief executive | former",
                "person/tomas-berg | organization/nordwerk-group | chairman | current",
                "person/ivan-petrov | organization/red-delta-cartel | founder | former");
    }

    @Test
    void aTitleNamingAnotherOrganizationKeepsItAndNotTheSentencesSubject() {
        assertThat(extract("leadership-other-org").leaderships()).containsExactly(
                "person/maya-chen | organization/corvana | co-founder | current");
    }

    @Test
    void suspicionAndBeliefMakeALeadershipAlleged() {
        assertThat(extract("leadership-alleged").leaderships()).containsExactlyInAnyOrder(
                "person/victor-salas | organization/gulf-cartel | leader | alleged",
                "person/marco-ruiz | organization/tijuana-cartel | leader | alleged",
                "person/pedro-lima | organization/tijuana-cartel | boss | former");
    }

    @Test
    void kinshipNounsByAppositionFrontedPhraseAndPossessivePronoun() {
        Result result = extract("family");
        assertThat(result.ties()).containsExactlyInAnyOrder(
                "person/maria-lindqvist childOf person/oskar-lindqvist",
                "person/peter-berg spouseOf person/maria-lindqvist",
                "person/dieter-vogel childOf person/hans-vogel",
                "person/jonas-roth siblingOf person/anna-roth");
        assertThat(result.familyTies).extracting(t -> t.evidence().extractor()).containsExactlyInAnyOrder(
                "family-noun-apposed", "family-noun-apposition", "family-noun-fronted", "family-noun-name-after");
    }

    @Test
    void anUnnamedParentIsTheOnlyNamesakeAndAParentsSiblingIsARelative() {
        Result result = extract("family-inferred");
        assertThat(result.ties()).containsExactlyInAnyOrder(
                "person/erik-berg siblingOf person/tomas-berg",
                "person/nils-berg childOf person/erik-berg",
                "person/karl-holm parentOf person/sara-holm",
                "person/nils-berg relativeOf person/tomas-berg");
        assertThat(result.familyTies).extracting(t -> t.evidence().extractor()).containsExactlyInAnyOrder(
                "family-noun-coordinated", "family-noun-apposition", FamilyExtractor.SURNAME_RULE,
                FamilyInference.INFERRED_RULE);
    }

    @Test
    void aPossessedKinshipSubjectIsTheRelativeAlreadyNamed() {
        Result result = extract("kin-leadership");
        assertThat(result.ties()).containsExactly("person/luis-mora childOf person/rafael-mora");
        assertThat(result.leaderships()).containsExactlyInAnyOrder(
                "person/luis-mora | organization/pacific-cartel | leader | alleged",
                "person/rafael-mora | organization/pacific-cartel | leader | former");
    }

    private record Result(List<Leadership> leadershipList, List<FamilyTie> familyTies) {
        List<String> leaderships() {
            return leadershipList.stream().map(l -> String.join(" | ", l.leaderKey(), l.organizationKey(),
                    l.role().orElse("-"), l.status().localName())).toList();
        }

        List<String> ties() {
            return familyTies.stream().map(t -> t.personKey() + " " + t.relation().localName() + " "
                    + t.relativeKey()).toList();
        }
    }

    private static java.nio.file.Path fixture(String name) {
        try {
            return java.nio.file.Path.of(RelationExtractorTest.class.getResource("/relations/" + name + ".json").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Result extract(String fixture) {
        AnnotatedArticle article = org.newskg.nlp.AnnotatedArticleJson.read(fixture(fixture));
        List<Entity> entities = new EntityExtractor().extract(article).entities();
        EntityIndex index = EntityIndex.of(entities);
        List<Membership> memberships = new RoleExtractor().extract(article, index).memberships();
        List<FamilyTie> ties = new FamilyExtractor().extract(article, index);
        return new Result(new LeadershipExtractor().extract(article, index, memberships, ties), ties);
    }
}
