package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
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
 * entities, statements and decimal literals. Both stores are TDB2 databases on disk.
 */
class ArticleReplacementTest {
    private static final IriMinter IRIS = new IriMinter("https://kg.example/");
    private static final Instant INGESTED = Instant.parse("2024-05-01T10:00:00Z");
    private static final NewsFactExtractor EXTRACTOR = new NewsFactExtractor();
    private static final NkgFactMapper MAPPER = new NkgFactMapper(IRIS);
    private static final ShapesGate SHAPES = ShapesGate.bundled();
    private static final List<AnnotatedArticle> FIXTURES = fixtures();

    private static Path temp;
    private static Tdb2KnowledgeStore replaced;
    private static Tdb2KnowledgeStore fresh;
    private static int tries;

    @BeforeContainer
    static void openStores() throws IOException {
        temp = Files.createTempDirectory("newskg-replacement");
        replaced = Tdb2KnowledgeStore.open(temp.resolve("replaced"));
        fresh = Tdb2KnowledgeStore.open(temp.resolve("fresh"));
    }

    @AfterContainer
    static void closeStores() throws IOException {
        replaced.close();
        fresh.close();
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Property(tries = 40)
    void storingAThenTheChangedAEqualsStoringTheChangedAAlone(@ForAll("versions") AnnotatedArticle first,
                                                            @ForAll("versions") AnnotatedArticle second) {
        String url = "https://news.example/story/" + tries++;
        Facts before = EXTRACTOR.extract(withUrl(first, url));
        Facts after = EXTRACTOR.extract(withUrl(second, url));
        String graph = IRIS.article(after.article().id()).getURI();
        assertThat(IRIS.article(before.article().id()).getURI()).isEqualTo(graph);

        replaced.replaceGraph(graph, sink -> MAPPER.map(before, INGESTED, sink));
        replaced.replaceGraph(graph, sink -> MAPPER.map(after, INGESTED, sink));
        fresh.replaceGraph(graph, sink -> MAPPER.map(after, INGESTED, sink));

        Graph stored = copy(replaced, graph);
        assertThat(stored.isIsomorphicWith(copy(fresh, graph)))
                .as("the graph of %s after replacing it is the graph of the new version alone", graph).isTrue();
        assertThat(replaced.quadCount()).isEqualTo(fresh.quadCount());
        ValidationReport report = SHAPES.validate(stored);
        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
    }

    @Provide
    Arbitrary<AnnotatedArticle> versions() {
        Arbitrary<AnnotatedArticle> fixture = Arbitraries.of(FIXTURES);
        Arbitrary<List<Double>> confidences = Arbitraries.doubles().between(0, 1).ofScale(4)
                .list().ofSize(64);
        return Combinators.combine(fixture, confidences).as(ArticleReplacementTest::withConfidences);
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

    private static List<AnnotatedArticle> fixtures() {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            return files.filter(p -> p.getFileName().toString().equals("annotated.json")).sorted()
                    .map(AnnotatedArticleJson::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
