package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.eval.FactKind.AFFILIATION;
import static org.newskg.eval.FactKind.ENTITY;
import static org.newskg.eval.FactKind.EVENT;
import static org.newskg.eval.FactKind.FAMILY;
import static org.newskg.eval.FactKind.LEADERSHIP;
import static org.newskg.eval.FactKind.LOCATED;
import static org.newskg.eval.FactKind.NOTQUOTE;
import static org.newskg.eval.FactKind.OTHER;
import static org.newskg.eval.FactKind.QUOTE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The closed-world rule of a benchmark set, on an invented article. */
class ClosedWorldTest {
    private static final String NS = "https://w3id.org/newskg/ns#";
    private static final String LONG_QUOTE = "We will open the new ferry line to the islands next spring";

    private static final List<GoldFact> GOLD = List.of(
            GoldFact.of(ENTITY, "person", "^(?:the )?(?:Mara Voss|Voss)$"),
            GoldFact.of(ENTITY, "person", "^(?:the )?(?:Ilja Brandt)$"),
            GoldFact.of(ENTITY, "organization", "^(?:the )?(?:Nordhafen Ferries)$"),
            GoldFact.of(ENTITY, "place", "^(?:the )?(?:Kelby)$"),
            GoldFact.of(ENTITY, "place", "^(?:the )?(?:Varnland)$"),
            GoldFact.of(OTHER, "misc", "^(?:the )?(?:Harbour Festival)$"),
            GoldFact.of(FAMILY, "^(?:the )?(?:Mara Voss|Voss)$", "^(?:the )?(?:Ilja Brandt)$", "spouseOf"),
            GoldFact.of(LOCATED, "^(?:the )?(?:Kelby)$", "^(?:the )?(?:Varnland)$"),
            GoldFact.of(NOTQUOTE, "-", "^Harbour Festival$"));

    private static final Map<String, List<Map<String, String>>> ROWS = Map.of(
            "entities", List.of(
                    Map.of("type", NS + "Person", "name", "Mara Voss"),
                    Map.of("type", NS + "Organization", "name", "Harbour Festival")),
            "family", List.of(
                    Map.of("personName", "Ilja Brandt", "relation", NS + "spouseOf", "relativeName", "Mara Voss"),
                    Map.of("personName", "Mara Voss", "relation", NS + "childOf", "relativeName", "Ilja Brandt"),
                    Map.of("personName", "Mara Voss", "relation", NS + "parentOf", "relativeName", "Tomas Voss")),
            "leadership", List.of(
                    Map.of("leaderName", "Voss", "organizationName", "Nordhafen Ferries", "status", "current"),
                    Map.of("leaderName", "Voss", "organizationName", "the harbour board", "status", "current")),
            "affiliations", List.of(
                    Map.of("personName", "Ilja Brandt", "role", "Kelby"),
                    Map.of("personName", "Ilja Brandt", "role", "captain"),
                    Map.of("personName", "Ilja Brandt", "organizationName", "Varnland", "role", "captain")),
            "located", List.of(
                    Map.of("placeName", "Kelby", "containerName", "Varnland"),
                    Map.of("placeName", "Varnland", "containerName", "Kelby"),
                    Map.of("placeName", "Kelby", "containerName", "the North Coast")),
            "quotes", List.of(
                    Map.of("speakerName", "Mara Voss", "text", LONG_QUOTE),
                    Map.of("speakerName", "Mara Voss", "text", "Harbour Festival")),
            "events", List.of(Map.of("type", NS + "Meeting", "label", "talks", "date", "2020-03-01")));

    @Test
    void relationRowsAreJudgedOnlyWhenBothArgumentsNameAnnotatedEntities() {
        ScoreSummary closed = Scorer.score("x", GOLD, ROWS, World.CLOSED, RowRules.NONE).summary();

        // the childOf row names two annotated persons: wrong; the parentOf row names an unannotated one: unjudged
        assertThat(closed.get(FAMILY)).isEqualTo(new Scores(1, 1, 2, 1, 1));
        assertThat(closed.get(LEADERSHIP)).isEqualTo(new Scores(0, 0, 1, 1, 1));
        // without an organization the role is the argument; with one, the organization is
        assertThat(closed.get(AFFILIATION)).isEqualTo(new Scores(0, 0, 2, 2, 1));
        assertThat(closed.get(LOCATED)).isEqualTo(new Scores(1, 1, 2, 1, 1));
    }

    @Test
    void entityRowsAreJudgedAsInTheOpenWorldAndOtherLinesAreNeverGold() {
        ArticleScore closed = Scorer.score("x", GOLD, ROWS, World.CLOSED, RowRules.NONE);

        assertThat(closed.summary().get(ENTITY)).isEqualTo(new Scores(5, 1, 2, 1, 0));
        assertThat(closed.missed()).noneMatch(fact -> fact.kind() == OTHER);
    }

    @Test
    void quotationsAndEventsAreJudgedOnlyByAGoldLineOrANotquote() {
        ArticleScore closed = Scorer.score("x", GOLD, ROWS, World.CLOSED, RowRules.NONE);

        assertThat(closed.summary().get(QUOTE)).isEqualTo(new Scores(0, 0, 1, 1, 1));
        assertThat(closed.summary().get(EVENT)).isEqualTo(new Scores(0, 0, 0, 0, 1));
    }

    @Test
    void theOpenWorldJudgesEveryUnmatchedRow() {
        ScoreSummary open = Scorer.score("x", GOLD, ROWS, World.OPEN, RowRules.NONE).summary();

        assertThat(open.get(FAMILY)).isEqualTo(new Scores(1, 1, 3, 2, 0));
        assertThat(open.get(LEADERSHIP)).isEqualTo(new Scores(0, 0, 2, 2, 0));
        assertThat(open.get(AFFILIATION)).isEqualTo(new Scores(0, 0, 3, 3, 0));
        assertThat(open.get(LOCATED)).isEqualTo(new Scores(1, 1, 3, 2, 0));
        assertThat(open.get(QUOTE)).isEqualTo(new Scores(0, 0, 2, 2, 0));
        assertThat(open.get(EVENT)).isEqualTo(new Scores(0, 0, 1, 1, 0));
    }

    @Test
    void theTableSaysWhyRowsWereLeftUnjudged() {
        ScoreSummary closed = Scorer.score("x", GOLD, ROWS, World.CLOSED, RowRules.NONE).summary();

        assertThat(ScoreTable.format(closed, World.CLOSED)).endsWith("(6 more rows were not judged: relation rows "
                + "with an argument that names no annotated entity, quotations and events that match no gold line)\n");
    }
}
