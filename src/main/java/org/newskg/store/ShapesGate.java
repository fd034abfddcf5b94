package org.newskg.store;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates stored article graphs against the SHACL shapes of {@code ontology/shapes.ttl}.
 *
 * <p>The shapes are written for one article's graph: in it every resource has exactly one label, the article's own
 * reading. The union of the graphs is not validated as one graph, because articles that spell an entity differently
 * each state their own label for its one IRI; {@link #validate(KnowledgeStore)} lists those entities as
 * {@link LabelVariants}, which is information, not a violation. Immutable and thread-safe.
 */
public final class ShapesGate {
    /** How many entities spelled in several ways a report names; the count covers them all. */
    static final int VARIANT_EXAMPLES = 5;

    private final Shapes shapes;

    private ShapesGate(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes shipped with newskg. */
    public static ShapesGate bundled() {
        try (InputStream in = ShapesGate.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) {
                throw new StoreException("ontology/shapes.ttl is missing from the build. Rebuild newskg.");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return new ShapesGate(Shapes.parse(graph));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read ontology/shapes.ttl: " + e.getMessage(), e);
        }
    }

    /**
     * Validates each named graph of the store on its own, in one read transaction, and finds the resources whose
     * label differs between graphs.
     */
    public StoreValidation validate(KnowledgeStore store) {
        return store.read(dataset -> {
            DatasetGraph quads = dataset.asDatasetGraph();
            List<StoreValidation.GraphReport> failed = new ArrayList<>();
            long graphs = 0;
            for (Iterator<Node> names = quads.listGraphNodes(); names.hasNext(); graphs++) {
                Node name = names.next();
                ValidationReport report = validate(inMemory(quads.getGraph(name)));
                if (!report.conforms()) {
                    failed.add(new StoreValidation.GraphReport(name, report));
                }
            }
            return new StoreValidation(graphs, failed, LabelVariants.find(dataset, VARIANT_EXAMPLES));
        });
    }

    /** Validates one graph, e.g. one article's. */
    public ValidationReport validate(Graph graph) {
        return ShaclValidator.get().validate(shapes, graph);
    }

    /** The validator reads each triple many times; a copy in memory is faster than reading the store each time. */
    private static Graph inMemory(Graph stored) {
        Graph copy = GraphFactory.createDefaultGraph();
        stored.find().forEachRemaining(copy::add);
        return copy;
    }
}
