package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {
    private static final Path DEV = Path.of("/work/shared/dev");
    private static final Path MINI = Path.of("src/test/resources/eval/mini");

    @TempDir
    Path tmp;

    @Test
    void loadsTheDevSet() {
        assumeTrue(Files.isDirectory(DEV), "the shared dev set is not on this machine");

        GoldSet set = GoldSet.load(DEV);

        assertThat(set.articles()).hasSize(15);
        assertThat(set.articles().get(0).name()).isEqualTo("00_seed");
        assertThat(set.articles().get(0).article()).isEqualTo(DEV.resolve("articles/00_seed.txt"));
        assertThat(set.articles().get(14).name()).isEqualTo("14_pope_brother_ratzinger");
        Map<FactKind, Long> perKind = set.facts().stream()
                .collect(Collectors.groupingBy(GoldFact::kind, Collectors.counting()));
        // counted with: cat gold/*.tsv | grep -c "^KIND<TAB>"
        assertThat(perKind).containsExactlyInAnyOrderEntriesOf(Map.of(
                FactKind.ENTITY, 160L, FactKind.LEADERSHIP, 32L, FactKind.AFFILIATION, 56L, FactKind.FAMILY, 11L,
                FactKind.QUOTE, 70L, FactKind.NOTQUOTE, 6L, FactKind.EVENT, 65L, FactKind.LOCATED, 10L));
        assertThat(set.facts()).hasSize(410);
        assertThat(set.articles().get(0).facts().get(0).source()).isEqualTo("gold/00_seed.tsv");
    }

    @Test
    void devSetScoresAllGoldAsMissedWithoutRows() {
        assumeTrue(Files.isDirectory(DEV), "the shared dev set is not on this machine");

        ScoreSummary summary = ScoreSummary.sum(GoldSet.load(DEV).articles().stream()
                .map(a -> Scorer.score(a, Map.of())).toList());

        assertThat(summary.total().gold()).isEqualTo(404);
        assertThat(summary.total().hits()).isZero();
        assertThat(summary.get(FactKind.QUOTE).gold()).isEqualTo(70);
    }

    @Test
    void loadsASmallSetPairingByBaseName() {
        GoldSet set = GoldSet.load(MINI);

        assertThat(set.articles()).extracting(GoldArticle::name).containsExactly("a_trump", "b_empty");
        assertThat(set.articles().get(0).facts()).extracting(GoldFact::kind)
                .containsExactly(FactKind.ENTITY, FactKind.ENTITY, FactKind.NOTQUOTE);
        assertThat(set.articles().get(0).facts().get(1).location()).isEqualTo("gold/a_trump.tsv [line 4]");
        assertThat(set.articles().get(1).facts()).isEmpty();
    }

    @Test
    void missingDirectoriesAreClearErrors() throws IOException {
        assertThatThrownBy(() -> GoldSet.load(tmp))
                .isInstanceOf(EvaluationException.class)
                .hasMessage(tmp + ": not a gold set: it has no directory 'articles/'. A gold set is a directory "
                        + "with articles/NAME.* and gold/NAME.tsv; check the path.");
        Files.createDirectory(tmp.resolve("articles"));
        assertThatThrownBy(() -> GoldSet.load(tmp))
                .hasMessageContaining("it has no directory 'gold/'");
    }

    @Test
    void goldWithoutArticleIsAnError() throws IOException {
        Path dir = set(Map.of("gold/x.tsv", "entity\tperson\tX\n", "gold/y.tsv", "", "articles/y.txt", "y"));

        assertThatThrownBy(() -> GoldSet.load(dir))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("gold/x.tsv: no article named 'x.*' in " + dir.resolve("articles")
                        + ". Add the article or remove the gold file.");
    }

    @Test
    void articleWithoutGoldIsAnError() throws IOException {
        Path dir = set(Map.of("articles/x.txt", "x", "gold/README.md", "ignored", "gold/.hidden.tsv", "bad"));

        assertThatThrownBy(() -> GoldSet.load(dir))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("articles/x.txt: no gold file gold/x.tsv in " + dir
                        + ". Add one (it may list no facts) or remove the article.");
    }

    @Test
    void twoArticlesWithOneBaseNameAreAnError() throws IOException {
        Path dir = set(Map.of("articles/x.txt", "x", "articles/x.json", "{}", "gold/x.tsv", ""));

        assertThatThrownBy(() -> GoldSet.load(dir))
                .hasMessageContaining("two articles share the name 'x': 'x.json' and 'x.txt'");
    }

    @Test
    void malformedGoldLineNamesGoldFileRelativeToTheSet() throws IOException {
        Path dir = set(Map.of("articles/x.txt", "x", "gold/x.tsv", "# c\nentiy\tperson\tX\n"));

        assertThatThrownBy(() -> GoldSet.load(dir))
                .hasMessageStartingWith("gold/x.tsv [line 2]: unknown kind 'entiy'.");
    }

    private Path set(Map<String, String> files) throws IOException {
        Files.createDirectories(tmp.resolve("articles"));
        Files.createDirectories(tmp.resolve("gold"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(tmp.resolve(file.getKey()), file.getValue());
        }
        return tmp;
    }
}
