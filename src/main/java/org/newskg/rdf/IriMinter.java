package org.newskg.rdf;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.extract.Entity;

/**
 * Mints the IRIs of newskg resources under one base, e.g. {@code http://localhost:3030/newskg/}:
 * {@code id/article/ID}, {@code id/person/laura-carlsen}, {@code id/article/ID/mention/N}.
 * An article's IRI also names its graph.
 */
public final class IriMinter {
    public static final String DEFAULT_BASE = "http://localhost:3030/newskg/";

    private final String base;
    private final Map<String, String> identityKeys;

    public IriMinter(String base) {
        this(base, Map.of());
    }

    private IriMinter(String base, Map<String, String> identityKeys) {
        Objects.requireNonNull(base, "base");
        this.base = base.endsWith("/") ? base : base + "/";
        this.identityKeys = Map.copyOf(identityKeys);
    }

    /**
     * A minter under the same base that mints an entity's IRI from another key where one is given: an entity whose
     * sure Wikipedia link names it gets the page's key, so it is one node across articles.
     */
    public IriMinter withIdentityKeys(Map<String, String> keys) {
        return new IriMinter(base, keys);
    }

    public String base() {
        return base;
    }

    public Node article(String articleId) {
        return NodeFactory.createURI(base + "id/article/" + articleId);
    }

    public Node entity(Entity entity) {
        return entity(entity.key());
    }

    public Node entity(String key) {
        return NodeFactory.createURI(base + "id/" + identityKeys.getOrDefault(key, key));
    }

    /** A statement node of an article: {@code id/article/ID/KIND/N}, e.g. a quotation or a membership. */
    public Node statement(String articleId, String kind, int index) {
        return NodeFactory.createURI(base + "id/article/" + articleId + "/" + kind + "/" + index);
    }

    public Node mention(String articleId, int index) {
        return statement(articleId, "mention", index);
    }
}
