package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.eval.FactKind.ENTITY;
import static org.newskg.eval.FactKind.LEADERSHIP;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code evaluate --by-rule}: the verdicts of the scorer, counted per rule that made the rows. */
class RuleTallyTest {
    private static final String NS = "https://w3id.org/newskg/ns#";

    private static final List<GoldFact> GOLD = List.of(
            GoldFact.of(ENTITY, "person", "^(?:Mara Voss|Voss)$"),
            GoldFact.of(ENTITY, "person", "^Ilja Brandt$"),
            GoldFact.of(ENTITY, "organization", "^Nordhafen Ferries$"),
            GoldFact.of(LEADERSHIP, "Mara Voss", "Nordhafen Ferries", "current"));

    private static final Map<String, List<Map<String, String>>> ROWS = Map.of(
            "entities", List.of(
                    Map.of("type", NS + "Person", "name", "Mara Voss"),
                    Map.of("type", NS + "Person", "name", "Voss"),
                    Map.of("type", NS + "Person", "name", "Ilja Brandt"),
                    Map.of("type", NS + "Person", "name", "Nordhafen")),
            "leadership", List.of(
                    Map.of("leaderName", "Mara Voss", "organizationName", "Nordhafen Ferries", "status", "current"),
                    Map.of("leaderName", "Ilja Brandt", "organizationName", "Nordhafen Ferries", "status", "current"),
                    Map.of("leaderName", "Ilja Brandt", "organizationName", "the pilots", "status", "current")));

    /** Invented rules: a name scan that made "Nordhafen" and "Voss", a verb pattern and a noun pattern. */
    private static final RowRules RULES = (kind, row) -> switch (kind) {
        case ENTITY -> row.get("name").equals("Nordhafen") || row.get("name").equals("Voss")
                ? Set.of("name-scan") : Set.of("ner");
        case LEADERSHIP -> row.get("leaderName").equals("Mara Voss") ? Set.of("verb-founded", "noun-chairman")
                : Set.of("noun-chairman");
        default -> Set.of();
    };

    @Test
    void countsEachRulesRowsHitsAndFalsePositivesPerKind() {
        RuleTally tally = Scorer.score("a", GOLD, ROWS, World.CLOSED, RULES).rules();

        assertThat(tally.byRule()).containsOnlyKeys("name-scan", "ner", "noun-chairman", "verb-founded");
        assertThat(tally.byRule().get("ner")).containsExactly(Map.entry(ENTITY, new RuleScores(2, 2, 0, 0)));
        // "Mara Voss" and "Voss" hit one gold line: a line counts once per rule
        assertThat(tally.byRule().get("name-scan")).containsExactly(Map.entry(ENTITY, new RuleScores(2, 1, 1, 0)));
        // the row naming "the pilots" is not judged in the closed world
        assertThat(tally.byRule().get("noun-chairman"))
                .containsExactly(Map.entry(LEADERSHIP, new RuleScores(2, 1, 1, 1)));
        assertThat(tally.byRule().get("verb-founded"))
                .containsExactly(Map.entry(LEADERSHIP, new RuleScores(1, 1, 0, 0)));
    }

    @Test
    void sumsOverArticlesAndListsTheWorstRulesFirst() {
        ArticleScore a = Scorer.score("a", GOLD, ROWS, World.OPEN, RULES);
        ArticleScore b = Scorer.score("b", GOLD, Map.of("entities", ROWS.get("entities")), World.OPEN, RULES);

        String table = ScoreTable.byRule(RuleTally.sum(List.of(a, b)));

        assertThat(table).isEqualTo("""
                rule          kind         rows  hits    fp  unjud      P
                noun-chairman leadership      3     1     2      0  0.333
                name-scan     entity          4     2     2      0  0.500
                ner           entity          4     4     0      0  1.000
                verb-founded  leadership      1     1     0      0  1.000
                """);
    }

    @Test
    void untracedRowsKeepNoTally() {
        assertThat(Scorer.score("a", GOLD, ROWS, World.OPEN, RowRules.NONE).rules()).isEqualTo(RuleTally.EMPTY);
        assertThat(ScoreTable.byRule(RuleTally.EMPTY)).endsWith("(no row was traced to a rule)\n");
    }
}
