package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {
    private static final Path DEV = Path.of("/work/shared/dev");
    private static final Path BENCHMARK = Path.of("/work/shared/benchmarks/redocred-dev");
    private static final Path MINI = Path.of("src/test/resources/eval/mini");

    @TempDir
    Path tmp;

    @Test
    void loadsTheDevSet() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "the shared dev set is not on this machine");

        GoldSet set = GoldSet.load(DEV);

        assertThat(set.articles()).hasSize(fileCount(DEV.resolve("articles")));
        assertThat(set.articles().get(0).name()).isEqualTo("00_seed");
        assertThat(set.articles().get(0).article()).isEqualTo(DEV.resolve("articles/00_seed.txt"));
        for (FactKind kind : FactKind.values()) {
            assertThat(set.facts().stream().filter(f -> f.kind() == kind).count()).as(kind.token())
                    .isEqualTo(linesOfKind(DEV, kind));
        }
        assertThat(set.articles().get(0).facts().get(0).source()).isEqualTo("gold/00_seed.tsv");
    }

    @Test
    void devSetScoresAllGoldAsMissedWithoutRows() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "the shared dev set is not on this machine");

        ScoreSummary summary = ScoreSummary.sum(GoldSet.load(DEV).articles().stream()
                .map(a -> Scorer.score(a, Map.of())).toList());

        long recallable = FactKind.scored().stream().mapToLong(k -> linesOfKind(DEV, k)).sum();
        assertThat(summary.total().gold()).isEqualTo(recallable);
        assertThat(summary.total().hits()).isZero();
        assertThat(summary.get(FactKind.QUOTE).gold()).isEqualTo(linesOfKind(DEV, FactKind.QUOTE));
    }

    @Test
    void loadsTheBenchmarkWithItsUnscoredOtherLines() {
        assumeTrue(Files.isDirectory(BENCHMARK), "the shared benchmark is not on this machine");

        GoldSet set = GoldSet.load(BENCHMARK);

        // the counts its README gives
        assertThat(set.articles()).hasSize(500);
        Map<FactKind, Long> perKind = set.facts().stream()
                .collect(Collectors.groupingBy(GoldFact::kind, Collectors.counting()));
        assertThat(perKind).containsEntry(FactKind.ENTITY, 5727L).containsEntry(FactKind.FAMILY, 258L)
                .containsEntry(FactKind.LEADERSHIP, 68L).containsEntry(FactKind.AFFILIATION, 495L)
                .containsEntry(FactKind.LOCATED, 2673L).containsKey(FactKind.OTHER);
        ScoreSummary nothingFound = ScoreSummary.sum(set.articles().stream().map(a -> Scorer.score(a, Map.of()))
                .toList());
        assertThat(nothingFound.total().gold()).isEqualTo(5727 + 258 + 68 + 495 + 2673);
    }

    /** Lines of a gold set that start with the kind and a tab, counted as grep would. */
    private static long linesOfKind(Path set, FactKind kind) {
        try (Stream<Path> files = Files.list(set.resolve("gold"))) {
            long count = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                count += Files.readAllLines(file).stream().filter(l -> l.startsWith(kind.token() + "\t")).count();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
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
