package org.newskg.export;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * The export tests' database: the two hand-written articles of {@code rdf/dataset.trig} with what
 * {@code export/extra.trig} adds to them, built into TDB2 without CoreNLP.
 *
 * <p>It holds 15 nodes (12 entities, 3 events; the publication is left out) and 14 edges: 3 leaderships (current,
 * former, alleged), 2 memberships, a family tie and a spouse triple with no tie, 3 containments, 2 participations,
 * an event's place and a quotation's speech act.
 */
public final class ExportFixtures {
    public static final String BASE = IriMinter.DEFAULT_BASE;
    public static final String ARTICLE_1 = BASE + "id/article/aaaa000000000001";
    public static final String ARTICLE_2 = BASE + "id/article/bbbb000000000002";
    public static final String TRUMP = BASE + "id/person/donald-trump";
    public static final String OVIDIO = BASE + "id/person/ovidio-guzman";
    public static final String JOAQUIN = BASE + "id/person/joaquin-guzman";
    public static final String CARLSEN = BASE + "id/person/laura-carlsen";
    public static final String CARTEL = BASE + "id/organization/sinaloa-cartel";
    public static final String CULIACAN = BASE + "id/place/culiacan";
    public static final String SMITH = BASE + "id/organization/smith-sons";
    public static final String HOSTILE_NAME = "Smith & \"Sons\" <Ltd> \\";
    public static final int NODES = 15;
    public static final int EDGES = 14;

    private ExportFixtures() {
    }

    /** The whole graph of the fixture database, built in {@code dir}. */
    public static VizGraph wholeGraph(Path dir) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(storeDatabase(dir.resolve("db")))) {
            return GraphSelector.over(store).select(Selection.all());
        }
    }

    /** Builds the database at {@code db} and returns it. */
    public static Path storeDatabase(Path db) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (String file : new String[] {"rdf/dataset.trig", "export/extra.trig"}) {
            RDFParser.source(Path.of("src", "test", "resources").resolve(file)).lang(Lang.TRIG).parse(dataset);
        }
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(db)) {
            store.claimBase(BASE);
            dataset.listGraphNodes().forEachRemaining(graph -> store.replaceGraph(graph.getURI(),
                    sink -> dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad)));
        }
        return db;
    }
}
