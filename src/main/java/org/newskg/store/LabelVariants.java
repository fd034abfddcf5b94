package org.newskg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

/**
 * The resources that several named graphs label differently: an entity that two articles spell differently has one
 * IRI (its key folds case, accents and full stops) and, in the union, one rdfs:label per spelling.
 *
 * @param count    how many resources have more than one label in the union
 * @param examples the first of them by IRI, at most as many as asked for
 */
public record LabelVariants(long count, List<Resource> examples) {
    private static final String SPELLED_DIFFERENTLY = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?resource (COUNT(DISTINCT ?label) AS ?labels)
            WHERE { GRAPH ?article { ?resource rdfs:label ?label } }
            GROUP BY ?resource
            HAVING (COUNT(DISTINCT ?label) > 1)
            ORDER BY STR(?resource)
            """;

    public LabelVariants {
        examples = List.copyOf(examples);
    }

    /** Reads the dataset's named graphs; call it inside a read transaction. */
    static LabelVariants find(Dataset dataset, int maxExamples) {
        long count = 0;
        List<Resource> examples = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(SPELLED_DIFFERENTLY).build()) {
            ResultSet rows = execution.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                if (count++ < maxExamples) {
                    examples.add(spellings(dataset.asDatasetGraph(), row.getResource("resource").asNode()));
                }
            }
        }
        return new LabelVariants(count, examples);
    }

    private static Resource spellings(DatasetGraph dataset, Node resource) {
        Map<String, List<Node>> graphsByLabel = new TreeMap<>();
        dataset.find(Node.ANY, resource, RDFS.label.asNode(), Node.ANY).forEachRemaining((Quad quad) ->
                graphsByLabel.computeIfAbsent(text(quad.getObject()), label -> new ArrayList<>())
                        .add(quad.getGraph()));
        List<Spelling> spellings = new ArrayList<>();
        graphsByLabel.forEach((label, graphs) -> spellings.add(new Spelling(label, graphs.size(),
                graphs.stream().min(Comparator.comparing(Node::getURI)).orElseThrow())));
        spellings.sort(Comparator.comparingLong(Spelling::articles).reversed());
        return new Resource(resource, spellings);
    }

    private static String text(Node label) {
        return label.isLiteral() ? label.getLiteralLexicalForm() : label.toString();
    }

    /**
     * One resource and its spellings.
     *
     * @param iri       the resource
     * @param spellings its labels, the most used first
     */
    public record Resource(Node iri, List<Spelling> spellings) {
        public Resource {
            spellings = List.copyOf(spellings);
        }
    }

    /**
     * One label of a resource.
     *
     * @param label    the label's text
     * @param articles how many named graphs state it
     * @param example  one of them, the least IRI
     */
    public record Spelling(String label, long articles, Node example) {
    }
}
