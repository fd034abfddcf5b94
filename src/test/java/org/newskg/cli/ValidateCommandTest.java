package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.cli.CliFixtures.NAMES;
import static org.newskg.cli.CliFixtures.NEWS;
import static org.newskg.cli.CliFixtures.quadCount;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.FakeNlpLoader;

/** {@code newskg validate} on what the pipeline writes, and on the same store with one resource broken by hand. */
class ValidateCommandTest {
    /** An entity that only the first article names. */
    private static final String PLACE = "http://localhost:3030/newskg/id/place/harbor-bridge";

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.with(NAMES);

    @TempDir
    Path temp;
    Path db;

    @BeforeEach
    void ingestTheNews() {
        db = temp.resolve("db");
        Cli ingest = Cli.run("ingest", "--db", db, NEWS);
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
    }

    @Test
    void whatThePipelineWritesConforms() {
        Cli cli = Cli.run("validate", "--db", db);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).isEqualTo("Conforms: the graph in " + db + " meets every shape.\n");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aMentionWithANegativeOffsetDoesNotConformAndIsNamed() {
        Node mention = breakOneQuad(quad -> quad.getPredicate().equals(NKG.beginOffset.asNode())
                ? Quad.create(quad.getGraph(), quad.getSubject(), quad.getPredicate(), integer(-1)) : quad);
        long quads = quadCount(db);

        Cli cli = Cli.run("validate", "--db", db);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.NOT_CONFORMING);
        assertThat(cli.outLines()).first().isEqualTo("Does not conform: 1 violation(s).");
        assertThat(cli.outLines()).hasSize(2);
        assertThat(cli.outLines().get(1)).startsWith("  " + mention.getURI() + " <" + NKG.beginOffset.getURI() + ">: ")
                .contains("-1");
        assertThat(quadCount(db)).as("validate writes nothing").isEqualTo(quads);
    }

    @Test
    void anEntityWithoutLabelDoesNotConformAndIsNamed() {
        Node place = breakOneQuad(quad -> quad.getSubject().getURI().equals(PLACE)
                && quad.getPredicate().equals(RDFS.label.asNode()) ? null : quad);

        Cli cli = Cli.run("validate", "--db", db);

        assertThat(place.getURI()).isEqualTo(PLACE);
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.NOT_CONFORMING);
        assertThat(cli.outLines()).containsExactly("Does not conform: 1 violation(s).",
                "  " + PLACE + " <" + RDFS.label.getURI() + ">: minCount[1]: Invalid cardinality: expected min 1: "
                        + "Got count = 0");
    }

    @Test
    void aMissingDatabaseIsReportedAndNotCreated() {
        Path missing = temp.resolve("nodb");

        Cli cli = Cli.run("validate", "--db", missing);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + missing + ": no newskg database here. Run "
                + "'newskg ingest' first or pass --db.");
        assertThat(missing).doesNotExist();
    }

    /**
     * Rewrites the first article graph in which {@code change} alters a quad (null deletes it), and only the first
     * quad it alters there; returns that quad's subject.
     */
    private Node breakOneQuad(UnaryOperator<Quad> change) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            List<Quad> quads = store.read(ds -> {
                List<Quad> all = new ArrayList<>();
                ds.asDatasetGraph().find().forEachRemaining(all::add);
                return all;
            });
            for (int i = 0; i < quads.size(); i++) {
                Quad original = quads.get(i);
                Quad changed = change.apply(original);
                if (!original.equals(changed)) {
                    Node graph = original.getGraph();
                    List<Quad> rewritten = new ArrayList<>();
                    for (int k = 0; k < quads.size(); k++) {
                        if (quads.get(k).getGraph().equals(graph)) {
                            Quad quad = k == i ? changed : quads.get(k);
                            if (quad != null) {
                                rewritten.add(quad);
                            }
                        }
                    }
                    store.replaceGraph(graph.getURI(), sink -> rewritten.forEach(sink::quad));
                    return original.getSubject();
                }
            }
        }
        throw new AssertionError("no quad to break");
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }
}
