package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.ArticleIds;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.MentionType;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.NKG;
import org.newskg.rdf.NkgFactMapper;
import org.newskg.store.ShapesGate;
import org.newskg.store.Tdb2KnowledgeStore;

/** Issue 13, item 1: a JSON Lines file that gives one URL twice ends with one clean graph, the later record's. */
class DuplicateUrlIngestTest {
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    private static final FakeNlpEngine NLP = FakeNlpEngine.of(Map.of("Tom Baker", MentionType.PERSON,
            "Portmouth", MentionType.CITY, "Ana Ruiz", MentionType.PERSON, "Velmar", MentionType.CITY,
            "Harbour Board", MentionType.ORGANIZATION));
    private static final String EARLIER = "{\"title\": \"Harbour news\", \"url\": \"https://news.example/a\", "
            + "\"text\": \"Tom Baker visited Portmouth. Ana Ruiz met the Harbour Board in Velmar. Tom Baker left.\"}";
    private static final String OTHER = "{\"title\": \"Other\", \"text\": \"Ana Ruiz stayed in Velmar.\"}";
    private static final String LATER = "{\"title\": \"Harbour news, corrected\", \"url\": \"https://news.example/a\","
            + " \"text\": \"Ana Ruiz visited Portmouth.\"}";

    @TempDir
    Path temp;

    @Test
    void theLaterRecordReplacesTheEarlierOneWholly() throws IOException {
        Path feed = Files.writeString(temp.resolve("feed.jsonl"), EARLIER + "\n" + OTHER + "\n" + LATER + "\n");
        Path alone = Files.writeString(temp.resolve("alone.jsonl"), LATER + "\n");

        Graph twice = ingest(feed, temp.resolve("twice"));
        Graph once = ingest(alone, temp.resolve("once"));

        assertThat(twice.isIsomorphicWith(once)).as("graph after the duplicate:\n%s\nalone:\n%s", twice, once)
                .isTrue();
    }

    /** The graph of https://news.example/a after ingesting the file, without its nkg:ingestedAt and source. */
    private Graph ingest(Path file, Path db) {
        StringWriter err = new StringWriter();
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(db)) {
            IngestPipeline.create().nlp(NLP).extractor(new EntityExtractor()).mapper(new NkgFactMapper(IRIS), IRIS)
                    .store(store).problems(new ProblemReporter(new PrintWriter(err, true), false)).threads(3)
                    .build().run(sink -> ArticleSource.files().read(List.of(file), ReadOptions.defaults(), sink,
                            problem -> {
                                throw new AssertionError(problem.message());
                            }));
            assertThat(err.toString()).isEmpty();
            assertThat(ShapesGate.bundled().validate(store).conforms()).isTrue();
            String graph = IRIS.article(ArticleIds.identity(Optional.of("https://news.example/a"), "0".repeat(64)))
                    .getURI();
            return store.read(dataset -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graph)).find()
                        .filterDrop(t -> t.getPredicate().equals(NKG.ingestedAt.asNode())
                                || t.getPredicate().equals(NKG.sourceFile.asNode()))
                        .forEach(copy::add);
                return copy;
            });
        }
    }
}
