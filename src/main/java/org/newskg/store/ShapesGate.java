package org.newskg.store;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates the stored graph against the SHACL shapes of {@code ontology/shapes.ttl}. */
public final class ShapesGate {
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

    /** Validates the union of all articles' graphs. */
    public ValidationReport validate(KnowledgeStore store) {
        return store.read(dataset -> ShaclValidator.get().validate(shapes, dataset.getUnionModel().getGraph()));
    }

    public ValidationReport validate(Graph graph) {
        return ShaclValidator.get().validate(shapes, graph);
    }
}
