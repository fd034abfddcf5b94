package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.cli.CliFixtures.NAMES;
import static org.newskg.cli.CliFixtures.NEWS;
import static org.newskg.cli.CliFixtures.quadCount;
import static org.newskg.cli.CliFixtures.storeTrig;

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

/**
 * {@code newskg validate} on what the pipeline writes, on the same store with one resource broken by hand, and on two
 * articles that spell one entity differently.
 */
class ValidateCommandTest {
    /** An entity that only the first article names. */
    private static final String PLACE = "http://localhost:3030/newskg/id/place/harbor-bridge";
    private static final String ID = "http://localhost:3030/newskg/id/";
    /** Two invented articles that spell one organization, one person and one place differently. */
    private static final Path SPELLINGS = Path.of("src", "test", "resources", "rdf", "spellings.trig");

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.with(NAMES);

    @TempDir
    Path temp;
    Path db;

    @BeforeEach
    void ingestTheNews() {
        db = temp.resolve("db");
        Cli ingest = Cli.run(nlp.models(), "ingest", "--db", db, NEWS);
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
    }

    @Test
    void whatThePipelineWritesConforms() {
        Cli cli = Cli.run(nlp.models(), "validate", "--db", db);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).isEqualTo("Conforms: each of the 3 article graph(s) in " + db + " meets every shape.\n");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aMentionWithANegativeOffsetDoesNotConformAndIsNamed() {
        Quad broken = breakOneQuad(quad -> quad.getPredicate().equals(NKG.beginOffset.asNode())
                ? Quad.create(quad.getGraph(), quad.getSubject(), quad.getPredicate(), integer(-1)) : quad);
        long quads = quadCount(db);

        Cli cli = Cli.run(nlp.models(), "validate", "--db", db);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.NOT_CONFORMING);
        assertThat(cli.outLines()).hasSize(3);
        assertThat(cli.outLines().get(0)).isEqualTo("Does not conform: 1 violation(s) in 1 of 3 article graph(s).");
        assertThat(cli.outLines().get(1)).isEqualTo("  in " + broken.getGraph().getURI() + ":");
        assertThat(cli.outLines().get(2)).startsWith("    " + broken.getSubject().getURI() + " <"
                + NKG.beginOffset.getURI() + ">: ").contains("-1");
        assertThat(quadCount(db)).as("validate writes nothing").isEqualTo(quads);
    }

    @Test
    void anEntityWithoutLabelDoesNotConformAndIsNamed() {
        Quad broken = breakOneQuad(quad -> quad.getSubject().getURI().equals(PLACE)
                && quad.getPredicate().equals(RDFS.label.asNode()) ? null : quad);

        Cli cli = Cli.run(nlp.models(), "validate", "--db", db);

        assertThat(broken.getSubject().getURI()).isEqualTo(PLACE);
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.NOT_CONFORMING);
        assertThat(cli.outLines()).containsExactly("Does not conform: 1 violation(s) in 1 of 3 article graph(s).",
                "  in " + broken.getGraph().getURI() + ":",
                "    " + PLACE + " <" + RDFS.label.getURI() + ">: minCount[1]: Invalid cardinality: expected min 1: "
                        + "Got count = 0");
    }

    @Test
    void articlesThatSpellAnEntityDifferentlyConformAndTheSpellingsAreNamedWithTheirArticles() {
        Path spelled = temp.resolve("spelled");
        storeTrig(spelled, SPELLINGS);
        String x = "<" + ID + "article/cccc000000000003>";
        String y = "<" + ID + "article/dddd000000000004>";

        Cli cli = Cli.run(nlp.models(), "validate", "--db", spelled);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.outLines()).containsExactly(
                "Conforms: each of the 2 article graph(s) in " + spelled + " meets every shape.",
                "Spelled differently by different articles: 3 entities (one label per spelling in the union; not a "
                        + "violation):",
                "  " + ID + "organization/corp-alpha: \"Corp Alpha\" in 1 article, e.g. " + y
                        + "; \"Corp. Alpha\" in 1 article, e.g. " + x,
                "  " + ID + "person/mara-voss: \"Mara Voss\" in 1 article, e.g. " + y
                        + "; \"Mara Vöss\" in 1 article, e.g. " + x,
                "  " + ID + "place/st-alba: \"St Alba\" in 1 article, e.g. " + y
                        + "; \"St. Alba\" in 1 article, e.g. " + x);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aLabelMissingInOneArticleIsAViolationEvenWhenAnotherArticleStatesIt() {
        Path spelled = temp.resolve("spelled");
        storeTrig(spelled, SPELLINGS);
        String article = ID + "article/cccc000000000003";
        String organization = ID + "organization/corp-alpha";
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(spelled)) {
            List<Quad> kept = new ArrayList<>();
            store.read(ds -> {
                ds.asDatasetGraph().find(NodeFactory.createURI(article), Node.ANY, Node.ANY, Node.ANY)
                        .forEachRemaining(kept::add);
                return kept;
            });
            kept.removeIf(quad -> quad.getSubject().getURI().equals(organization)
                    && quad.getPredicate().equals(RDFS.label.asNode()));
            store.replaceGraph(article, sink -> kept.forEach(sink::quad));
        }

        Cli cli = Cli.run(nlp.models(), "validate", "--db", spelled);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.NOT_CONFORMING);
        assertThat(cli.outLines()).startsWith("Does not conform: 1 violation(s) in 1 of 2 article graph(s).",
                "  in " + article + ":",
                "    " + organization + " <" + RDFS.label.getURI() + ">: minCount[1]: Invalid cardinality: "
                        + "expected min 1: Got count = 0");
    }

    @Test
    void aMissingDatabaseIsReportedAndNotCreated() {
        Path missing = temp.resolve("nodb");

        Cli cli = Cli.run(nlp.models(), "validate", "--db", missing);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + missing + ": no newskg database here. Run "
                + "'newskg ingest' first or pass --db.");
        assertThat(missing).doesNotExist();
    }

    /**
     * Rewrites the first article graph in which {@code change} alters a quad (null deletes it), and only the first
     * quad it alters there; returns that quad as it was.
     */
    private Quad breakOneQuad(UnaryOperator<Quad> change) {
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
                    return original;
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
