package org.newskg.linkeddata;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.rdf.NKG;

/** The kinds of resource that get an index page, with their newskg class and their schema.org class. */
public enum ResourceKind {
    PERSON(NKG.Person.asNode(), "people", "People", "Person"),
    ORGANIZATION(NKG.Organization.asNode(), "organizations", "Organizations", "Organization"),
    PLACE(NKG.Place.asNode(), "places", "Places", "Place"),
    EVENT(NKG.Event.asNode(), "events", "Events", "Event"),
    ARTICLE(NKG.Article.asNode(), "articles", "Articles", "NewsArticle");

    private static final String SCHEMA = "https://schema.org/";

    private final Node type;
    private final String indexName;
    private final String title;
    private final String schemaType;

    ResourceKind(Node type, String indexName, String title, String schemaType) {
        this.type = type;
        this.indexName = indexName;
        this.title = title;
        this.schemaType = schemaType;
    }

    /** The newskg class, e.g. {@code nkg:Person}. */
    public Node type() {
        return type;
    }

    /** The file name of the index page without extension, e.g. {@code people}. */
    public String indexName() {
        return indexName;
    }

    /** The heading of the index page, e.g. {@code People}. */
    public String title() {
        return title;
    }

    /** The schema.org class the newskg class is aligned with (ontology/newskg.ttl), e.g. {@code schema:Person}. */
    public Node schemaType() {
        return NodeFactory.createURI(SCHEMA + schemaType);
    }

    /** The kind of a resource, if it has one of the kinds' types in the graph. */
    public static Optional<ResourceKind> of(Graph graph, Node resource) {
        return Arrays.stream(values()).filter(k -> ResourceDescriber.hasType(graph, resource, k.type)).findFirst();
    }
}
