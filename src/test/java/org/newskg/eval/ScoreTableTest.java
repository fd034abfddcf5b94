package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ScoreTableTest {

    @Test
    void formatsAFixedWidthTableInKindOrder() {
        ScoreSummary summary = new ScoreSummary(Map.of(
                FactKind.LOCATED, new Scores(2, 1, 1, 0, 0),
                FactKind.ENTITY, new Scores(160, 120, 300, 40, 0),
                FactKind.QUOTE, new Scores(70, 0, 0, 0, 0)));

        assertThat(ScoreTable.format(summary)).isEqualTo("""
                kind         gold  hits  rows    fp      P      R     F1
                entity        160   120   300    40  0.867  0.750  0.804
                leadership      0     0     0     0      -      -      -
                affiliation     0     0     0     0      -      -      -
                family          0     0     0     0      -      -      -
                quote          70     0     0     0      -  0.000  0.000
                event           0     0     0     0      -      -      -
                located         2     1     1     0  1.000  0.500  0.667
                total         232   121   301    40  0.867  0.522  0.651
                """);
    }

    @Test
    void notesUnjudgedRowsUnderTheTable() {
        ScoreSummary summary = new ScoreSummary(Map.of(FactKind.QUOTE, new Scores(1, 1, 1, 0, 3)));

        assertThat(ScoreTable.format(summary).lines().toList()).last().isEqualTo(
                "(3 more rows were not judged: quotations under 8 words and events without a date that match no "
                        + "gold line)");
    }

    @Test
    void verboseListsMissedGoldLinesAndFalsePositivesPerArticle() {
        List<GoldFact> gold = GoldFile.parse("entity\tperson\tAlfonso Durazo\nnotquote\t-\t^El Chapo$\n",
                "gold/00_seed.tsv");
        ArticleScore seed = Scorer.score("00_seed", gold, Map.of(
                "entities", List.of(Map.of("type", "Person", "name", "the president")),
                "quotes", List.of(Map.of("speakerName", "Trump", "text", "El Chapo"),
                        Map.of("text", "short"))));
        ArticleScore other = new ArticleScore("01_gotti", new ScoreSummary(Map.of()), List.of(), List.of());

        assertThat(ScoreTable.verbose(List.of(seed, other))).isEqualTo("""
                00_seed: 1 missed, 2 false positives, 1 unjudged
                  missed  gold/00_seed.tsv [line 1]: entity 'person' 'Alfonso Durazo'
                  fp      entities type='Person' name='the president'
                  fp      quotes speakerName='Trump' text='El Chapo' (matches notquote gold/00_seed.tsv [line 2])
                01_gotti: 0 missed, 0 false positives, 0 unjudged
                """);
    }

    @Test
    void falsePositiveWithoutNotquote() {
        FalsePositive fp = new FalsePositive(FactKind.LOCATED, Map.of("placeName", "Sonora"), Optional.empty());

        assertThat(fp.describe()).isEqualTo("located placeName='Sonora'");
    }
}
