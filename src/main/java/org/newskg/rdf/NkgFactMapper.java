package org.newskg.rdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.article.Article;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Facts;

/** Maps facts onto the newskg ontology ({@code ontology/newskg.ttl}), one named graph per article. */
public final class NkgFactMapper implements FactMapper {
    private final IriMinter iris;

    public NkgFactMapper(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public void map(Facts facts, Instant ingestedAt, StreamRDF sink) {
        IriMinter iris = this.iris.withIdentityKeys(LinkMapper.identityKeys(facts));
        java.util.Map<String, String> labels = LinkMapper.identityLabels(facts);
        Article article = facts.article();
        Node graph = iris.article(article.id());
        QuadWriter out = new QuadWriter(graph, sink);
        writeArticle(out, graph, article, ingestedAt);
        int mentionIndex = 0;
        for (Entity entity : facts.entities()) {
            Node node = iris.entity(entity);
            out.add(node, RDF.type.asNode(), NKG.Entity.asNode());
            out.add(node, RDF.type.asNode(), topClass(entity.type()));
            fineClass(entity.type()).ifPresent(c -> out.add(node, RDF.type.asNode(), c));
            out.add(node, RDFS.label.asNode(), literal(labels.getOrDefault(entity.key(), entity.name())));
            entity.names().forEach(name -> out.add(node, NKG.name.asNode(), literal(name)));
            entity.aliases().forEach(alias -> out.add(node, NKG.alias.asNode(), literal(alias)));
            out.add(node, NKG.mentionedIn.asNode(), graph);
            for (Evidence evidence : entity.mentions()) {
                Node mention = iris.mention(article.id(), mentionIndex++);
                out.add(node, NKG.mention.asNode(), mention);
                out.add(mention, RDF.type.asNode(), NKG.Mention.asNode());
                out.add(mention, RDFS.label.asNode(), literal(evidence.text()));
                writeEvidence(out, mention, graph, evidence);
            }
        }
        new PlaceMapper(iris, out).write(facts);
        new StatementMapper(iris, out, graph, article.id()).write(facts);
        LinkMapper.write(facts.links(), iris, out, graph, article.id());
    }

    private static void writeArticle(QuadWriter out, Node node, Article article, Instant ingestedAt) {
        out.add(node, RDF.type.asNode(), NKG.Article.asNode());
        out.add(node, RDFS.label.asNode(), literal(article.title()));
        out.add(node, NKG.title.asNode(), literal(article.title()));
        article.published().ifPresent(p -> out.add(node, NKG.published.asNode(),
                NodeFactory.createLiteralDT(p.withOffsetSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), XSDDatatype.XSDdateTime)));
        article.author().ifPresent(a -> out.add(node, NKG.author.asNode(), literal(a)));
        article.url().ifPresent(u -> out.add(node, NKG.sourceUrl.asNode(), NodeFactory.createURI(u)));
        out.add(node, NKG.sourceFile.asNode(), literal(article.source()));
        out.add(node, NKG.contentHash.asNode(), literal(article.contentHash()));
        out.add(node, NKG.ingestedAt.asNode(), NodeFactory.createLiteralDT(
                DateTimeFormatter.ISO_INSTANT.format(ingestedAt), XSDDatatype.XSDdateTime));
    }

    /** Provenance of one statement: the article, the sentence and span, the extractor and its confidence. */
    static void writeEvidence(QuadWriter out, Node node, Node article, Evidence evidence) {
        out.add(node, NKG.article.asNode(), article);
        out.add(node, NKG.text.asNode(), literal(evidence.text()));
        out.add(node, NKG.beginOffset.asNode(), integer(evidence.span().begin()));
        out.add(node, NKG.endOffset.asNode(), integer(evidence.span().end()));
        out.add(node, NKG.sentenceIndex.asNode(), integer(evidence.sentenceIndex()));
        out.add(node, NKG.sentenceText.asNode(), literal(evidence.sentenceText()));
        out.add(node, NKG.extractor.asNode(), literal(evidence.extractor()));
        out.add(node, NKG.confidence.asNode(), LiteralLib.confidence(evidence.confidence()));
    }

    private static Node topClass(EntityType type) {
        return switch (type.top()) {
            case PERSON -> NKG.Person.asNode();
            case ORGANIZATION -> NKG.Organization.asNode();
            case PLACE -> NKG.Place.asNode();
        };
    }

    private static java.util.Optional<Node> fineClass(EntityType type) {
        return java.util.Optional.ofNullable(switch (type) {
            case COUNTRY -> NKG.Country.asNode();
            case FIRST_LEVEL_DIVISION -> NKG.FirstLevelDivision.asNode();
            case CITY -> NKG.City.asNode();
            case REGION -> NKG.Region.asNode();
            case CRIMINAL_ORGANIZATION -> NKG.CriminalOrganization.asNode();
            case PERSON, ORGANIZATION, PLACE -> null;
        });
    }

    static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** Quads into one graph. */
    record QuadWriter(Node graph, StreamRDF sink) {
        void add(Node subject, Node predicate, Node object) {
            sink.quad(Quad.create(graph, subject, predicate, object));
        }
    }
}
