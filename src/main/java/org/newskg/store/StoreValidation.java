package org.newskg.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;

/**
 * What {@link ShapesGate#validate(KnowledgeStore)} found.
 *
 * @param graphs   how many named graphs (articles) were validated
 * @param failed   the graphs that do not conform, in the order the store lists them
 * @param variants the resources that different graphs label differently (information, not a violation)
 */
public record StoreValidation(long graphs, List<GraphReport> failed, LabelVariants variants) {

    public StoreValidation {
        failed = List.copyOf(failed);
    }

    /** True when every graph conforms to the shapes. */
    public boolean conforms() {
        return failed.isEmpty();
    }

    /** The number of violations in all graphs. */
    public int violations() {
        return failed.stream().mapToInt(graph -> graph.report().getEntries().size()).sum();
    }

    /**
     * The SHACL report of one named graph.
     *
     * @param graph  the graph's name, the article IRI
     * @param report its report
     */
    public record GraphReport(Node graph, ValidationReport report) {
    }
}
