package org.newskg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newskg.rdf.NKG;

/** Reads the nodes of the graph: entities and events, with their names, links, coordinates, facts and quotes. */
final class NodeReader {
    private static final Query NODES = SparqlLib.load("nodes");
    private static final Query NAMES = SparqlLib.load("node-names");
    private static final Query LINKS = SparqlLib.load("node-links");
    private static final Query MENTIONS = SparqlLib.load("node-mentions");
    private static final Query FACTS = SparqlLib.load("node-facts");
    private static final Query QUOTES = SparqlLib.load("node-quotes");
    /** The fine type of an entity with several classes: the first of these it has. */
    private static final List<String> FINE_TYPES = List.of("City", "FirstLevelDivision", "Country", "Region",
            "CriminalOrganization", "Person", "Organization", "Place");

    private final Dataset dataset;
    /** The only nodes to read, each by its own queries; null for every node, in one query each. */
    private final Set<String> only;
    private final Map<String, Set<String>> classes = new TreeMap<>();
    private final Map<String, Set<String>> eventTypes = new TreeMap<>();

    private NodeReader(Dataset dataset, Set<String> only) {
        this.dataset = dataset;
        this.only = only;
    }

    static List<VizNode> read(Dataset dataset) {
        return new NodeReader(dataset, null).read();
    }

    /** The node with this IRI, read by index lookups; empty when the IRI is no entity or event. */
    static Optional<VizNode> read(Dataset dataset, String iri) {
        return new NodeReader(dataset, Set.of(iri)).read().stream().findFirst();
    }

    /** Runs one of the queries over every node, or once per wanted node with {@code ?node} bound to it. */
    private void select(Query query, BiConsumer<RDFNode, QuerySolution> row) {
        if (only == null) {
            SparqlLib.select(dataset, query, r -> row.accept(r.get("node"), r));
            return;
        }
        for (String node : only) {
            RDFNode bound = ResourceFactory.createResource(node);
            SparqlLib.select(dataset, query, Map.of("node", node), r -> row.accept(bound, r));
        }
    }

    private List<VizNode> read() {
        select(NODES, (nodeTerm, row) -> {
            String node = nodeTerm.asResource().getURI();
            String type = SparqlLib.iri(row, "class").orElseThrow();
            boolean entityClass = type.startsWith(NKG.NS) && FINE_TYPES.contains(SparqlLib.localName(type));
            (entityClass ? classes : eventTypes).computeIfAbsent(node, k -> new LinkedHashSet<>())
                    .add(SparqlLib.localName(type));
        });
        eventTypes.keySet().removeAll(classes.keySet());
        Map<String, NodeDraft> drafts = new LinkedHashMap<>();
        classes.forEach((iri, types) -> drafts.put(iri, entity(iri, types)));
        eventTypes.forEach((iri, types) -> drafts.put(iri, new NodeDraft(iri, types.iterator().next(),
                Category.Event)));
        readNames(drafts);
        readLinks(drafts);
        readMentions(drafts);
        readFacts(drafts);
        readQuotes(drafts);
        List<VizNode> nodes = new ArrayList<>();
        drafts.values().forEach(d -> nodes.add(d.build()));
        return nodes;
    }

    private static NodeDraft entity(String iri, Set<String> types) {
        String fine = FINE_TYPES.stream().filter(types::contains).findFirst().orElseThrow();
        Category category = switch (fine) {
            case "City", "FirstLevelDivision", "Country", "Region", "Place" -> Category.Place;
            case "CriminalOrganization", "Organization" -> Category.Organization;
            default -> Category.Person;
        };
        return new NodeDraft(iri, fine, category);
    }

    private void readNames(Map<String, NodeDraft> drafts) {
        select(NAMES, (node, row) -> forNode(drafts, node).ifPresent(d -> {
            String name = SparqlLib.text(row, "name").orElse("");
            if (!name.isBlank()) {
                (SparqlLib.text(row, "kind").orElseThrow().equals("label") ? d.labels : d.aliases).add(name);
            }
        }));
    }

    private void readLinks(Map<String, NodeDraft> drafts) {
        select(LINKS, (node, row) -> forNode(drafts, node).ifPresent(d -> {
            SparqlLib.iri(row, "sameAs").ifPresent(d.sameAs::add);
            OptionalDouble lat = SparqlLib.number(row, "lat");
            OptionalDouble lon = SparqlLib.number(row, "long");
            if (lat.isPresent() && lon.isPresent() && d.lat.isEmpty()) {
                d.lat = lat;
                d.lon = lon;
            }
        }));
    }

    private void readMentions(Map<String, NodeDraft> drafts) {
        select(MENTIONS, (node, row) -> forNode(drafts, node).ifPresent(d -> {
            int distinct = (int) SparqlLib.number(row, "mentions").orElse(0);
            d.mentions = distinct > 0 ? distinct : (int) SparqlLib.number(row, "counted").orElse(0);
        }));
    }

    private void readFacts(Map<String, NodeDraft> drafts) {
        select(FACTS, (node, row) -> forNode(drafts, node).ifPresent(d -> d.facts.add(
                new NodeFact(SparqlLib.text(row, "property").orElseThrow(), SparqlLib.text(row, "value")
                        .orElseThrow()))));
    }

    private void readQuotes(Map<String, NodeDraft> drafts) {
        select(QUOTES, (node, row) -> forNode(drafts, node).ifPresent(d -> d.quotes.add(
                new NodeQuote(SparqlLib.text(row, "said").orElseThrow(), SparqlLib.text(row, "evidence"),
                        SparqlLib.iri(row, "source")))));
    }

    private static Optional<NodeDraft> forNode(Map<String, NodeDraft> drafts, RDFNode node) {
        return node != null && node.isURIResource() ? Optional.ofNullable(drafts.get(node.asResource().getURI()))
                : Optional.empty();
    }

    /** What has been read of one node so far. */
    private static final class NodeDraft {
        final String iri;
        final String type;
        final Category category;
        final Set<String> labels = new LinkedHashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> sameAs = new LinkedHashSet<>();
        final Set<NodeFact> facts = new LinkedHashSet<>();
        final List<NodeQuote> quotes = new ArrayList<>();
        OptionalDouble lat = OptionalDouble.empty();
        OptionalDouble lon = OptionalDouble.empty();
        int mentions;

        NodeDraft(String iri, String type, Category category) {
            this.iri = iri;
            this.type = type;
            this.category = category;
        }

        VizNode build() {
            String label = labels.stream().max(Comparator.comparingInt(String::length))
                    .orElse(SparqlLib.localName(iri));
            List<String> otherNames = aliases.stream().filter(a -> !a.equals(label)).toList();
            return new VizNode(iri, label, type, category, otherNames, List.copyOf(sameAs), lat, lon, mentions,
                    List.copyOf(facts), quotes);
        }
    }
}
