package org.newskg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityLink;
import org.newskg.extract.EntityType;
import org.newskg.extract.Facts;

/**
 * Writes entity links: a sure link as {@code owl:sameAs} the DBpedia resource and {@code schema:sameAs} the
 * Wikipedia page, a close one as {@code skos:closeMatch} the DBpedia resource; each with an {@code nkg:EntityLink}
 * node whose evidence is the mention that was looked up, with the extractor and the link's confidence. Also decides
 * which entities take their IRI from their link.
 */
final class LinkMapper {
    static final String DBPEDIA = "http://dbpedia.org/resource/";
    static final String WIKIPEDIA = "https://en.wikipedia.org/wiki/";
    private static final Node SCHEMA_SAME_AS = NodeFactory.createURI("https://schema.org/sameAs");

    private LinkMapper() {
    }

    /**
     * The identity keys of the people and organizations whose sure link is theirs alone in the article; places
     * keep the gazetteer's identity.
     */
    static Map<String, String> identityKeys(Facts facts) {
        Map<String, String> keys = new HashMap<>();
        identifying(facts).forEach((entity, link) -> keys.put(entity.key(), link.identityKey(entity.type())));
        return keys;
    }

    /**
     * The canonical names of the entities that take their identity from their link: the page's name
     * ("University of Edinburgh" for "Edinburgh University"), so that every article gives the node one label.
     */
    static Map<String, String> identityLabels(Facts facts) {
        Map<String, String> labels = new HashMap<>();
        identifying(facts).forEach((entity, link) -> labels.put(entity.key(),
                link.title().replace('_', ' ').replaceFirst(" \\([^)]*\\)$", "").strip()));
        return labels;
    }

    private static Map<Entity, EntityLink> identifying(Facts facts) {
        Map<String, Entity> entities = facts.entities().stream()
                .collect(Collectors.toMap(Entity::key, Function.identity(), (a, b) -> a));
        Map<String, Long> perTitle = facts.links().stream().filter(EntityLink::sure)
                .collect(Collectors.groupingBy(EntityLink::title, Collectors.counting()));
        Map<Entity, EntityLink> result = new HashMap<>();
        for (EntityLink link : facts.links()) {
            Entity entity = entities.get(link.entityKey());
            if (entity != null && link.sure() && perTitle.get(link.title()) == 1
                    && entity.type().top() != EntityType.TopType.PLACE) {
                result.put(entity, link);
            }
        }
        return result;
    }

    static void write(List<EntityLink> links, IriMinter iris, NkgFactMapper.QuadWriter out, Node graph,
                      String articleId) {
        int index = 0;
        for (EntityLink link : links) {
            Node entity = iris.entity(link.entityKey());
            Node dbpedia = NodeFactory.createURI(DBPEDIA + encode(link.title()));
            Node relation = link.sure() ? OWL.sameAs.asNode() : SKOS.closeMatch.asNode();
            out.add(entity, relation, dbpedia);
            Node wikipedia = NodeFactory.createURI(WIKIPEDIA + encode(link.title()));
            if (link.sure()) {
                out.add(entity, SCHEMA_SAME_AS, wikipedia);
            }
            Node node = iris.statement(articleId, "link", index++);
            out.add(node, RDF.type.asNode(), NKG.EntityLink.asNode());
            out.add(node, RDFS.label.asNode(), NkgFactMapper.literal(link.title().replace('_', ' ')));
            out.add(node, NKG.linkedEntity.asNode(), entity);
            out.add(node, NKG.linkTarget.asNode(), dbpedia);
            out.add(node, NKG.wikipediaPage.asNode(), wikipedia);
            out.add(node, NKG.linkRelation.asNode(), relation);
            Node evidence = iris.statement(articleId, "link-evidence", index - 1);
            out.add(node, NKG.evidence.asNode(), evidence);
            out.add(evidence, RDF.type.asNode(), NKG.Evidence.asNode());
            out.add(evidence, RDFS.label.asNode(), NkgFactMapper.literal(link.evidence().text()));
            NkgFactMapper.writeEvidence(out, evidence, graph, link.evidence());
        }
    }

    /** A page title as an IRI path segment: characters that IRIs do not allow, and ? and #, percent-encoded. */
    static String encode(String title) {
        StringBuilder result = new StringBuilder();
        for (char c : title.toCharArray()) {
            if (c <= ' ' || "<>\"{}|\\^`?#%".indexOf(c) >= 0) {
                result.append(String.format("%%%02X", (int) c));
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }
}
