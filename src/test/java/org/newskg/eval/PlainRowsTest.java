package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.PlainAnnotation;
import org.newskg.nlp.PlainAnnotation.PlainEntity;
import org.newskg.nlp.PlainAnnotation.PlainQuote;
import org.newskg.nlp.PlainAnnotation.PlainRelation;

/** How a plain pipeline's output becomes rows of the named queries, and how those rows score. */
class PlainRowsTest {
    private static PlainAnnotation annotation(List<PlainEntity> entities, List<PlainQuote> quotes,
                                              List<PlainRelation> relations) {
        return new PlainAnnotation("a1", entities, quotes, relations, 100);
    }

    private static PlainRelation relation(String subject, String name, String object) {
        return new PlainRelation(subject, name, object, 0.9);
    }

    @Test
    void entityTagsBecomeTheThreeTopClassesAndPronounsAndOtherTagsAreLeftOut() {
        Map<String, List<Map<String, String>>> rows = PlainRows.of(annotation(List.of(
                new PlainEntity("Laura Carlsen", "PERSON", false), new PlainEntity("she", "PERSON", true),
                new PlainEntity("Sinaloa Cartel", "ORGANIZATION", false), new PlainEntity("Sonora",
                        "STATE_OR_PROVINCE", false), new PlainEntity("Culiacán", "CITY", false),
                new PlainEntity("Mexico", "COUNTRY", false), new PlainEntity("Europe", "LOCATION", false),
                new PlainEntity("Monday", "DATE", false), new PlainEntity("Mexican", "NATIONALITY", false),
                new PlainEntity("director", "TITLE", false)), List.of(), List.of()));
        assertThat(rows.get("entities")).extracting(r -> r.get("type") + " " + r.get("name")).containsExactly(
                "Person Laura Carlsen", "Organization Sinaloa Cartel", "Place Sonora", "Place Culiacán",
                "Place Mexico", "Place Europe");
    }

    @Test
    void quotationsNeedASpeaker() {
        Map<String, List<Map<String, String>>> rows = PlainRows.of(annotation(List.of(), List.of(
                new PlainQuote("It failed, it clearly failed", Optional.of("Laura Carlsen")),
                new PlainQuote("El Chapo", Optional.empty())), List.of()));
        assertThat(rows.get("quotes")).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("speakerName", "Laura Carlsen")
                    .containsEntry("text", "It failed, it clearly failed");
        });
    }

    @Test
    void kbpLeadershipIsCurrentInBothDirectionsAndEveryLeaderIsAlsoAMember() {
        Map<String, List<Map<String, String>>> rows = PlainRows.of(annotation(List.of(), List.of(), List.of(
                relation("Toyota", "org:top_members_employees", "Akio Toyoda"),
                relation("Sony", "org:top_members/employees", "Kenichiro Yoshida"),
                relation("Ana Costa", "per:top_member_employee_of", "Harbor Trust"))));
        assertThat(rows.get("leadership")).extracting(r -> r.get("leaderName") + " > " + r.get("organizationName")
                + " " + r.get("status")).containsExactly("Akio Toyoda > Toyota current",
                "Kenichiro Yoshida > Sony current", "Ana Costa > Harbor Trust current");
        assertThat(rows.get("affiliations")).extracting(r -> r.get("personName") + " @ " + r.get("organizationName"))
                .containsExactly("Akio Toyoda @ Toyota", "Kenichiro Yoshida @ Sony", "Ana Costa @ Harbor Trust");
    }

    @Test
    void membershipsAndTitlesAreAffiliations() {
        Map<String, List<Map<String, String>>> rows = PlainRows.of(annotation(List.of(), List.of(), List.of(
                relation("Tim Cook", "per:employee_of", "Apple"), relation("Nancy Pelosi", "per:member_of",
                        "Democratic Party"), relation("Apple", "org:employees_or_members", "Jony Ive"),
                relation("Alfonso Durazo", "per:title", "security minister"),
                relation("Apple", "org:city_of_headquarters", "Cupertino"))));
        assertThat(rows.get("affiliations")).extracting(r -> r.get("personName") + " @ "
                + r.getOrDefault("organizationName", "-") + " as " + r.getOrDefault("role", "-")).containsExactly(
                "Tim Cook @ Apple as -", "Nancy Pelosi @ Democratic Party as -", "Jony Ive @ Apple as -",
                "Alfonso Durazo @ - as security minister");
        assertThat(rows.get("leadership")).isEmpty();
        assertThat(rows.get("located")).as("headquarters are not containment").isEmpty();
    }

    @Test
    void kinshipRelationsBecomeFamilyRelations() {
        Map<String, List<Map<String, String>>> rows = PlainRows.of(annotation(List.of(), List.of(), List.of(
                relation("Ovidio", "per:parents", "Joaquín Guzmán"), relation("Georg", "per:siblings", "Joseph"),
                relation("Ann", "per:children", "Bo"), relation("Ann", "per:spouse", "Cy"),
                relation("Ann", "per:other_family", "Di"), relation("Ann", "per:employee_of", "Acme"))));
        assertThat(rows.get("family")).extracting(r -> r.get("personName") + " " + r.get("relation") + " "
                + r.get("relativeName")).containsExactly("Ovidio childOf Joaquín Guzmán", "Georg siblingOf Joseph",
                "Ann parentOf Bo", "Ann spouseOf Cy", "Ann relativeOf Di");
    }

    @Test
    void everyScoredQueryHasRowsAndEventsAndContainmentHaveNone() {
        Map<String, List<Map<String, String>>> rows = PlainRows.of(annotation(List.of(), List.of(), List.of()));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(FactKind.scored().stream()
                .map(FactKind::queryName).toList());
        assertThat(rows.get("events")).isEmpty();
    }

    @Test
    void theRowsScoreAgainstGoldLikeNewskgsOwn() {
        List<GoldFact> gold = GoldFile.parse("entity\tperson\tLaura Carlsen\nentity\tplace\t^Mexico$\n"
                + "family\tOvidio\tJoaqu[ií]n\tchildOf\nleadership\tOvidio\tSinaloa Cartel\tcurrent\n", "gold/x.tsv");
        PlainAnnotation plain = annotation(List.of(new PlainEntity("Laura Carlsen", "PERSON", false),
                new PlainEntity("Carlsen Verlag", "ORGANIZATION", false)), List.of(), List.of(
                relation("Joaquín", "per:children", "Ovidio")));
        ArticleScore score = Scorer.score("x", gold, PlainRows.of(plain));
        assertThat(score.summary().get(FactKind.ENTITY).hits()).isEqualTo(1);
        assertThat(score.summary().get(FactKind.ENTITY).falsePositives()).isEqualTo(1);
        assertThat(score.summary().get(FactKind.FAMILY).hits()).as("parentOf matches childOf the other way")
                .isEqualTo(1);
        assertThat(score.summary().get(FactKind.LEADERSHIP).hits()).isZero();
        assertThat(score.missed()).hasSize(2);
    }
}
