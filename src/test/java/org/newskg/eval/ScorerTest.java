package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.eval.FactKind.AFFILIATION;
import static org.newskg.eval.FactKind.ENTITY;
import static org.newskg.eval.FactKind.EVENT;
import static org.newskg.eval.FactKind.FAMILY;
import static org.newskg.eval.FactKind.LEADERSHIP;
import static org.newskg.eval.FactKind.LOCATED;
import static org.newskg.eval.FactKind.NOTQUOTE;
import static org.newskg.eval.FactKind.QUOTE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final String NS = "https://w3id.org/newskg/ns#";

    private static final String LONG_QUOTE = "If Mexico needs or requests help in cleaning out these monsters";

    @Test
    void entityMatchesTypeLocalNameAndNameCaseInsensitively() {
        List<GoldFact> gold = List.of(GoldFact.of(ENTITY, "person", "Donald Trump|^Trump$"),
                GoldFact.of(ENTITY, "place", "^Mexico$"));

        Scores s = score(gold, "entities",
                row("entity", "e1", "type", NS + "Person", "name", "Donald Trump"),
                row("entity", "e1", "type", NS + "Person", "name", "TRUMP"),
                row("entity", "e2", "type", NS + "Place", "name", "Mexico"))
                .summary().get(ENTITY);

        assertThat(s).isEqualTo(new Scores(2, 2, 3, 0, 0));
    }

    @Test
    void entityRowOfWrongTypeOrUnlistedNameIsAFalsePositive() {
        List<GoldFact> gold = List.of(GoldFact.of(ENTITY, "organization", "Sinaloa Cartel"),
                GoldFact.of(ENTITY, "place", "^Mexico$"));

        ArticleScore a = score(gold, "entities",
                row("type", NS + "Place", "name", "Sinaloa Cartel"),
                row("type", NS + "Place", "name", "Mexico City"),
                row("type", NS + "Event", "name", "the war"));

        assertThat(a.summary().get(ENTITY)).isEqualTo(new Scores(2, 0, 3, 3, 0));
        assertThat(a.missed()).containsExactlyElementsOf(gold);
        assertThat(a.falsePositives()).extracting(FalsePositive::describe).containsExactly(
                "entities type='" + NS + "Place' name='Sinaloa Cartel'",
                "entities type='" + NS + "Place' name='Mexico City'",
                "entities type='" + NS + "Event' name='the war'");
    }

    @Test
    void termColumnsAlsoMatchOnTheFullValue() {
        List<GoldFact> gold = List.of(GoldFact.of(ENTITY, "ns#person$", "Trump"),
                GoldFact.of(LEADERSHIP, "Ovidio", "Sinaloa", "^alleged$"));

        ArticleScore a = Scorer.score("x", gold, Map.of(
                "entities", List.of(row("type", NS + "Person", "name", "Trump")),
                "leadership", List.of(row("leaderName", "Ovidio Guzmán", "organizationName", "Sinaloa Cartel",
                        "status", NS + "alleged"))));

        assertThat(a.summary().total()).isEqualTo(new Scores(2, 2, 2, 0, 0));
    }

    @Test
    void leadershipNeedsPersonOrganizationAndStatus() {
        List<GoldFact> gold = List.of(
                GoldFact.of(LEADERSHIP, "Ovidio", "Sinaloa Cartel", "alleged|suspected|current"),
                GoldFact.of(LEADERSHIP, "Joaqu[ií]n|El Chapo", "Sinaloa Cartel", "former|past"));

        ArticleScore a = score(gold, "leadership",
                row("leaderName", "Ovidio Guzmán López", "organizationName", "the Sinaloa Cartel",
                        "status", "current", "role", "leader"),
                row("leaderName", "Joaquín Guzmán", "organizationName", "Sinaloa Cartel", "status", NS + "current"));

        assertThat(a.summary().get(LEADERSHIP)).isEqualTo(new Scores(2, 1, 2, 1, 0));
        assertThat(a.missed()).containsExactly(gold.get(1));
    }

    @Test
    void affiliationMatchesOrganizationOrRole() {
        List<GoldFact> gold = List.of(GoldFact.of(AFFILIATION, "Alfonso Durazo", "Secur|Mexic"),
                GoldFact.of(AFFILIATION, "AMLO|L[oó]pez Obrador", "President|Mexic"));

        ArticleScore a = score(gold, "affiliations",
                row("personName", "Alfonso Durazo", "role", "Security Minister"),
                row("personName", "Andrés Manuel López Obrador", "organizationName", "Mexico"),
                row("personName", "Laura Carlsen", "organizationName", "Americas Program"));

        assertThat(a.summary().get(AFFILIATION)).isEqualTo(new Scores(2, 2, 3, 1, 0));
    }

    @Test
    void familyMatchesAsStatedOrInverted() {
        GoldFact childOf = GoldFact.of(FAMILY, "Ovidio", "Joaqu[ií]n|El Chapo", "childOf");
        GoldFact spouseOf = GoldFact.of(FAMILY, "Nancy|^Pelosi$", "^Paul$|Paul Pelosi", "spouseOf");

        ArticleScore a = score(List.of(childOf, spouseOf), "family",
                row("personName", "Joaquín Guzmán", "relation", NS + "parentOf", "relativeName", "Ovidio"),
                row("personName", "Ovidio", "relation", NS + "childOf", "relativeName", "El Chapo"),
                row("personName", "Paul Pelosi", "relation", NS + "spouseOf", "relativeName", "Nancy Pelosi"));

        assertThat(a.summary().get(FAMILY)).isEqualTo(new Scores(2, 2, 3, 0, 0));
    }

    @Test
    void familyInverseSwapsOnlyWithTheInverseRelation() {
        GoldFact childOf = GoldFact.of(FAMILY, "Ovidio", "Joaqu[ií]n|El Chapo", "childOf");

        ArticleScore a = score(List.of(childOf), "family",
                row("personName", "Joaquín Guzmán", "relation", NS + "childOf", "relativeName", "Ovidio"),
                row("personName", "Joaquín Guzmán", "relation", NS + "spouseOf", "relativeName", "Ovidio"),
                row("personName", "Joaquín Guzmán", "relation", NS + "knows", "relativeName", "Ovidio"));

        assertThat(a.summary().get(FAMILY)).isEqualTo(new Scores(1, 0, 3, 3, 0));
        assertThat(RowMatcher.inverse(NS + "ParentOf")).contains("childOf");
        assertThat(RowMatcher.inverse("http://x/relativeOf")).contains("relativeOf");
        assertThat(RowMatcher.inverse(null)).isEmpty();
    }

    @Test
    void quoteNeedsSpeakerAndText() {
        GoldFact trump = GoldFact.of(QUOTE, "Trump", "If Mexico needs or requests help");

        ArticleScore a = score(List.of(trump), "quotes",
                row("speakerName", "Donald Trump", "text", LONG_QUOTE),
                row("speakerName", "Laura Carlsen", "text", LONG_QUOTE));

        assertThat(a.summary().get(QUOTE)).isEqualTo(new Scores(1, 1, 2, 1, 0));
        assertThat(a.falsePositives()).singleElement()
                .satisfies(fp -> assertThat(fp.row()).containsEntry("speakerName", "Laura Carlsen"));
    }

    @Test
    void shortUnmatchedQuotationsAreNotJudgedButShortMatchingOnesCount() {
        GoldFact trump = GoldFact.of(QUOTE, "Trump", "If Mexico needs");

        ArticleScore a = score(List.of(trump), "quotes",
                row("speakerName", "Trump", "text", "If Mexico needs"),
                row("speakerName", "Carlsen", "text", "I can't believe it, it's just awesome"),
                row("speakerName", "Carlsen", "text", "one two three four five six seven — eight"),
                row("text", "nobody said this and it has a great many words"));

        assertThat(a.summary().get(QUOTE)).isEqualTo(new Scores(1, 1, 3, 2, 1));
        assertThat(Scorer.wordCount(" It's a — farce of a war. ")).isEqualTo(6);
    }

    @Test
    void notquoteRowIsAFalsePositiveOfQuoteAndNotGold() {
        GoldFact nickname = GoldFact.of(NOTQUOTE, "-", "^\\W*El Chapo\\W*$");
        GoldFact trump = GoldFact.of(QUOTE, "Trump", "If Mexico");

        ArticleScore a = score(List.of(trump, nickname), "quotes",
                row("speakerName", "Donald Trump", "text", LONG_QUOTE),
                row("text", "“El Chapo”"),
                row("speakerName", "Carlsen", "text", "legitimate"));

        assertThat(a.summary().get(QUOTE)).isEqualTo(new Scores(1, 1, 2, 1, 1));
        assertThat(a.missed()).isEmpty();
        assertThat(a.falsePositives()).singleElement().satisfies(fp -> {
            assertThat(fp.kind()).isEqualTo(QUOTE);
            assertThat(fp.notquote()).contains(nickname);
            assertThat(fp.describe()).isEqualTo("quotes text='“El Chapo”' (matches notquote -)");
        });
    }

    @Test
    void notquoteWithoutRowsCostsNothing() {
        ArticleScore a = score(List.of(GoldFact.of(NOTQUOTE, "-", "legitimate")), "quotes");

        assertThat(a.summary().get(QUOTE)).isEqualTo(Scores.ZERO);
        assertThat(a.summary().get(NOTQUOTE)).isEqualTo(Scores.ZERO);
        assertThat(a.summary().total().f1()).isEmpty();
    }

    @Test
    void notquoteWithSpeakerOnlyForbidsThatSpeaker() {
        GoldFact notquote = GoldFact.of(NOTQUOTE, "Sliwa", "^\\W*Junior\\W*$");

        ArticleScore a = score(List.of(notquote), "quotes",
                row("speakerName", "Curtis Sliwa", "text", "Junior"),
                row("speakerName", "Castel", "text", "Junior"));

        assertThat(a.summary().get(QUOTE)).isEqualTo(new Scores(0, 0, 1, 1, 1));
    }

    @Test
    void notquoteAlsoMatchingAQuoteLineIsStillWrongButTheLineIsHit() {
        List<GoldFact> gold = List.of(GoldFact.of(QUOTE, "-", "legitimate"),
                GoldFact.of(NOTQUOTE, "-", "^legitimate$"));

        ArticleScore a = score(gold, "quotes", row("speakerName", "-", "text", "legitimate"));

        assertThat(a.summary().get(QUOTE)).isEqualTo(new Scores(1, 1, 1, 1, 0));
    }

    @Test
    void eventMatchesTypeOrLabelAndDatePrefix() {
        List<GoldFact> gold = List.of(GoldFact.of(EVENT, "killing|attack|massacre", "2019-11-04"),
                GoldFact.of(EVENT, "interview|statement", "2018-04"),
                GoldFact.of(EVENT, "launch|war", "2006"));

        ArticleScore a = score(gold, "events",
                row("type", NS + "Attack", "label", "the LeBaron killings", "date", "2019-11-04T10:00:00Z"),
                row("type", NS + "Event", "label", "an interview", "date", "2018-04-17"),
                row("type", NS + "Event", "label", "war on drugs", "date", "12006"),
                row("type", NS + "Event", "label", "the massacre", "date", "2019-11"));

        assertThat(a.summary().get(EVENT)).isEqualTo(new Scores(3, 2, 4, 2, 0));
        assertThat(a.missed()).containsExactly(gold.get(2));
    }

    @Test
    void eventsWithoutDateAreNotJudged() {
        ArticleScore a = score(List.of(GoldFact.of(EVENT, "surgery", "2004")), "events",
                row("type", NS + "Event", "label", "surgery"),
                row("type", NS + "Event", "label", "election", "date", " "));

        assertThat(a.summary().get(EVENT)).isEqualTo(new Scores(1, 0, 0, 0, 2));
        assertThat(a.summary().get(EVENT).f1()).hasValue(0.0);
    }

    @Test
    void locatedNeedsPlaceAndContainer() {
        List<GoldFact> gold = List.of(GoldFact.of(LOCATED, "Sonora", "Mexico"));

        ArticleScore a = score(gold, "located",
                row("placeName", "Sonora", "containerName", "Mexico"),
                row("placeName", "Sonora", "containerName", "United States"),
                row("placeName", "Sonora"));

        assertThat(a.summary().get(LOCATED)).isEqualTo(new Scores(1, 1, 3, 2, 0));
    }

    @Test
    void rowsAreDeduplicatedOnTheScoredColumns() {
        List<GoldFact> gold = List.of(GoldFact.of(ENTITY, "person", "Trump"));

        ArticleScore a = score(gold, "entities",
                row("entity", "e1", "type", NS + "Person", "name", "Trump", "class", NS + "Person"),
                row("entity", "e2", "type", NS + "Person", "name", "Trump"),
                row("entity", "e3", "type", NS + "Person", "name", "Durazo"),
                row("entity", "e4", "type", NS + "Person", "name", "Durazo"));

        assertThat(a.summary().get(ENTITY)).isEqualTo(new Scores(1, 1, 2, 1, 0));
        assertThat(a.falsePositives()).singleElement()
                .satisfies(fp -> assertThat(fp.row()).containsExactly(
                        Map.entry("type", NS + "Person"), Map.entry("name", "Durazo")));
    }

    @Test
    void unboundValuesMatchNothingAndMissingQueriesHaveNoRows() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("type", NS + "Person");
        withNull.put("name", null);
        List<GoldFact> gold = List.of(GoldFact.of(ENTITY, "person", ".*"), GoldFact.of(LOCATED, "a", "b"));

        ArticleScore a = Scorer.score("x", gold, Map.of("entities", List.of(withNull), "unknown", List.of(withNull)));

        assertThat(a.summary().get(ENTITY)).isEqualTo(new Scores(1, 0, 1, 1, 0));
        assertThat(a.summary().get(LOCATED)).isEqualTo(new Scores(1, 0, 0, 0, 0));
    }

    @Test
    void totalsAreMicroAveragedAndMissedLinesKeepGoldOrder() {
        List<GoldFact> gold = GoldFile.parse("""
                quote\tTrump\tIf Mexico
                entity\tperson\tTrump
                entity\tperson\tDurazo
                located\tSonora\tMexico
                """, "gold/00_seed.tsv");

        ArticleScore a = Scorer.score(gold, Map.of(
                "entities", List.of(row("type", NS + "Person", "name", "Trump"),
                        row("type", NS + "Person", "name", "Carlsen")),
                "located", List.of(row("placeName", "Sonora", "containerName", "Mexico"))));

        assertThat(a.article()).isEqualTo("00_seed");
        assertThat(a.summary().total()).isEqualTo(new Scores(4, 2, 3, 1, 0));
        assertThat(a.summary().total().precision()).hasValue(2.0 / 3);
        assertThat(a.summary().total().recall()).hasValue(0.5);
        assertThat(a.missed()).extracting(GoldFact::line).containsExactly(1, 3);

        ScoreSummary twice = ScoreSummary.sum(List.of(a, a));
        assertThat(twice.get(ENTITY)).isEqualTo(new Scores(4, 2, 4, 2, 0));
        assertThat(twice.total()).isEqualTo(new Scores(8, 4, 6, 2, 0));
    }

    @Test
    void articleWithoutGoldOrRows() {
        ArticleScore a = Scorer.score(List.of(), Map.of());

        assertThat(a.article()).isEqualTo("-");
        assertThat(a.summary().byKind()).containsOnlyKeys(FactKind.scored()).allSatisfy(
                (kind, scores) -> assertThat(scores).isEqualTo(Scores.ZERO));
    }

    @SafeVarargs
    private static ArticleScore score(List<GoldFact> gold, String query, Map<String, String>... rows) {
        return Scorer.score("test", gold, Map.of(query, List.of(rows)));
    }

    private static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
