package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.article.Article;
import org.newskg.extract.Facts;
import org.newskg.extract.news.NewsFactExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;
import org.newskg.nlp.Mention;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.NkgFactMapper;

/**
 * Issue 13, item 1: storing article A and then A', a changed version with the same identity (the same URL), leaves
 * exactly what storing A' alone leaves, and that conforms to the shapes. The versions are annotated fixtures of the
 * unit tests (no CoreNLP) with their mention confidences drawn anew, so that the old and the new graph differ in
 * entities, statements and decimal literals. Both stores are TDB2 databases on disk. The 40 cases come from a fixed
 * seed; a case's name gives its own seed, from which {@link #cases()} draws its two versions.
 */
class ArticleReplacementTest {
    private static final IriMinter IRIS = new IriMinter("https://kg.example/");
    private static final Instant INGESTED = Instant.parse("2024-05-01T10:00:00Z");
    private static final NewsFactExtractor EXTRACTOR = new NewsFactExtractor();
    private static final NkgFactMapper MAPPER = new NkgFactMapper(IRIS);
    private static final ShapesGate SHAPES = ShapesGate.bundled();
    private static final List<Map.Entry<String, AnnotatedArticle>> FIXTURES = fixtures();

    private static final int CASES = 40;
    private static final long SEED = 0x7265706cL;
    /** One draw in this many of a confidence is one of {@link #EDGE_CONFIDENCES}. */
    private static final int EDGE_ODDS = 20;
    private static final List<Double> EDGE_CONFIDENCES = List.of(0.0, 1.0, 0.0001, 0.9999);

    @TempDir
    static Path temp;
    private static Tdb2KnowledgeStore replaced;
    private static Tdb2KnowledgeStore fresh;

    @BeforeAll
    static void openStores() {
        replaced = Tdb2KnowledgeStore.open(temp.resolve("replaced"));
        fresh = Tdb2KnowledgeStore.open(temp.resolve("fresh"));
    }

    @AfterAll
    static void closeStores() {
        replaced.close();
        fresh.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void storingAThenTheChangedAEqualsStoringTheChangedAAlone(Case versions) {
        String url = "https://news.example/story/" + versions.index();
        Facts before = EXTRACTOR.extract(withUrl(versions.first().annotated(), url));
        Facts after = EXTRACTOR.extract(withUrl(versions.second().annotated(), url));
        String graph = IRIS.article(after.article().id()).getURI();
        assertThat(IRIS.article(before.article().id()).getURI()).as("%s: one identity", versions).isEqualTo(graph);

        replaced.replaceGraph(graph, sink -> MAPPER.map(before, INGESTED, sink));
        replaced.replaceGraph(graph, sink -> MAPPER.map(after, INGESTED, sink));
        fresh.replaceGraph(graph, sink -> MAPPER.map(after, INGESTED, sink));

        Graph stored = copy(replaced, graph);
        assertThat(stored.isIsomorphicWith(copy(fresh, graph)))
                .as("%s: the graph of %s after replacing it is the graph of the new version alone", versions, graph)
                .isTrue();
        assertThat(replaced.quadCount()).as("%s: quads in the store", versions).isEqualTo(fresh.quadCount());
        ValidationReport report = SHAPES.validate(stored);
        assertThat(report.conforms()).as(() -> versions + ": " + report.getEntries()).isTrue();
    }

    /** The cases in a fixed order: the stores keep the graphs of the cases before, as a real store would. */
    static Stream<Case> cases() {
        Random seeds = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(index -> {
            long seed = seeds.nextLong();
            Random random = new Random(seed);
            return new Case(index, seed, version(random), version(random));
        });
    }

    /** Two versions of one article, drawn from {@code new Random(seed)}. */
    record Case(int index, long seed, Version first, Version second) {
        @Override
        public String toString() {
            return "case " + index + " (seed " + seed + "L, " + first.fixture() + " then " + second.fixture() + ")";
        }
    }

    record Version(String fixture, AnnotatedArticle annotated) {
    }

    /** A fixture with its mention confidences drawn anew: 64 values in [0, 1] to four places, cycled. */
    private static Version version(Random random) {
        Map.Entry<String, AnnotatedArticle> fixture = FIXTURES.get(random.nextInt(FIXTURES.size()));
        List<Double> confidences = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            confidences.add(random.nextInt(EDGE_ODDS) == 0
                    ? EDGE_CONFIDENCES.get(random.nextInt(EDGE_CONFIDENCES.size()))
                    : BigDecimal.valueOf(random.nextInt(10_001), 4).doubleValue());
        }
        return new Version(fixture.getKey(), withConfidences(fixture.getValue(), confidences));
    }

    private static AnnotatedArticle withConfidences(AnnotatedArticle annotated, List<Double> confidences) {
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : annotated.mentions()) {
            mentions.add(new Mention(m.sentenceIndex(), m.tokenBegin(), m.tokenEnd(), m.span(), m.text(), m.type(),
                    confidences.get(mentions.size() % confidences.size())));
        }
        return new AnnotatedArticle(annotated.article(), annotated.sentences(), mentions, annotated.chains(),
                annotated.times(), annotated.nlpMillis());
    }

    private static AnnotatedArticle withUrl(AnnotatedArticle annotated, String url) {
        Article a = annotated.article();
        Article article = Article.of(a.title(), a.published(), a.author(), Optional.of(url), a.body(), a.source());
        return new AnnotatedArticle(article, annotated.sentences(), annotated.mentions(), annotated.chains(),
                annotated.times(), annotated.nlpMillis());
    }

    private static Graph copy(KnowledgeStore store, String graph) {
        return store.read(dataset -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graph)).find().forEach(copy::add);
            return copy;
        });
    }

    /** Each annotated fixture, named by its folder. */
    private static List<Map.Entry<String, AnnotatedArticle>> fixtures() {
        Path resources = Path.of("src/test/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(p -> p.getFileName().toString().equals("annotated.json")).sorted()
                    .map(p -> Map.entry(resources.relativize(p.getParent()).toString(), AnnotatedArticleJson.read(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
