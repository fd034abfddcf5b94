package org.newskg.rdf;

import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.article.DateLib;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Facts;
import org.newskg.extract.FamilyTie;
import org.newskg.extract.Leadership;
import org.newskg.extract.Located;
import org.newskg.extract.Membership;
import org.newskg.extract.PartOf;
import org.newskg.extract.Participant;
import org.newskg.extract.Quotation;
import org.newskg.extract.Relation;

/**
 * Writes an article's statements (quotations, memberships, part-of links, containment, the relations of rules
 * alone) as n-ary nodes with evidence.
 */
final class StatementMapper {
    private final IriMinter iris;
    private final NkgFactMapper.QuadWriter out;
    private final Node graph;
    private final String articleId;
    private int evidenceIndex;

    StatementMapper(IriMinter iris, NkgFactMapper.QuadWriter out, Node graph, String articleId) {
        this.iris = iris;
        this.out = out;
        this.graph = graph;
        this.articleId = articleId;
    }

    void write(Facts facts) {
        int index = 0;
        for (Quotation quotation : facts.quotations()) {
            writeQuotation(iris.statement(articleId, "quote", index++), quotation);
        }
        index = 0;
        for (Membership membership : facts.memberships()) {
            writeMembership(iris.statement(articleId, "membership", index++), membership);
        }
        index = 0;
        for (Leadership leadership : facts.leaderships()) {
            writeLeadership(iris.statement(articleId, "leadership", index++), leadership);
        }
        index = 0;
        for (FamilyTie tie : facts.familyTies()) {
            writeFamilyTie(iris.statement(articleId, "family", index++), tie);
        }
        index = 0;
        int participations = 0;
        for (Event event : facts.events()) {
            Node node = iris.statement(articleId, "event", index++);
            participations = writeEvent(node, event, participations);
        }
        for (PartOf link : facts.partOf()) {
            out.add(iris.entity(link.partKey()), NKG.partOf.asNode(), iris.entity(link.wholeKey()));
        }
        index = 0;
        for (Located located : facts.places().located()) {
            writeContainment(iris.statement(articleId, "containment", index++), located);
        }
        index = 0;
        for (Relation relation : facts.relations()) {
            writeRelation(iris.statement(articleId, "relation", index++), relation);
        }
    }

    /** The direct triple ("Mara birthPlace Tarnow"), and its reification, which carries the evidence. */
    private void writeRelation(Node node, Relation relation) {
        Node subject = iris.entity(relation.subjectKey());
        Node property = NodeFactory.createURI(NKG.NS + relation.property());
        Node object = iris.entity(relation.objectKey());
        out.add(subject, property, object);
        out.add(node, RDF.type.asNode(), NKG.RelationStatement.asNode());
        out.add(node, RDFS.label.asNode(), NkgFactMapper.literal(relation.property()));
        out.add(node, RDF.subject.asNode(), subject);
        out.add(node, RDF.predicate.asNode(), property);
        out.add(node, RDF.object.asNode(), object);
        writeEvidence(node, relation.evidence());
    }

    /** The direct nkg:located triple, and a statement node that carries its evidence. */
    private void writeContainment(Node node, Located located) {
        Node place = iris.entity(located.placeKey());
        Node container = iris.entity(located.containerKey());
        out.add(place, NKG.located.asNode(), container);
        out.add(node, RDF.type.asNode(), NKG.Containment.asNode());
        out.add(node, RDFS.label.asNode(), NkgFactMapper.literal("located in"));
        out.add(node, NKG.containedPlace.asNode(), place);
        out.add(node, NKG.container.asNode(), container);
        writeEvidence(node, located.evidence());
    }

    private void writeQuotation(Node node, Quotation quotation) {
        out.add(node, RDF.type.asNode(), NKG.Quotation.asNode());
        out.add(node, RDFS.label.asNode(), NkgFactMapper.literal(label(quotation.text())));
        out.add(node, NKG.text.asNode(), NkgFactMapper.literal(quotation.text()));
        out.add(node, NKG.article.asNode(), graph);
        out.add(node, NKG.quotedIn.asNode(), graph);
        quotation.speakerKey().ifPresent(k -> out.add(node, NKG.speaker.asNode(), iris.entity(k)));
        quotation.verb().ifPresent(v -> out.add(node, NKG.speechVerb.asNode(), NkgFactMapper.literal(v)));
        quotation.audience().ifPresent(a -> out.add(node, NKG.audience.asNode(), NkgFactMapper.literal(a)));
        quotation.date().flatMap(StatementMapper::dateLiteral)
                .ifPresent(d -> out.add(node, NKG.speechDate.asNode(), d));
        writeEvidence(node, quotation.evidence());
    }

    private void writeMembership(Node node, Membership membership) {
        out.add(node, RDF.type.asNode(), NKG.Membership.asNode());
        String label = membership.role().orElse("member");
        out.add(node, RDFS.label.asNode(), NkgFactMapper.literal(label));
        out.add(node, NKG.member.asNode(), iris.entity(membership.personKey()));
        membership.organizationKey().ifPresent(k -> out.add(node, NKG.organization.asNode(), iris.entity(k)));
        membership.role().ifPresent(r -> out.add(node, NKG.role.asNode(), NkgFactMapper.literal(r)));
        membership.placeKey().ifPresent(k -> out.add(node, NKG.jurisdiction.asNode(), iris.entity(k)));
        writeEvidence(node, membership.evidence());
    }

    /** The event node, its date, place and participations; returns the next free participation number. */
    private int writeEvent(Node node, Event event, int participations) {
        out.add(node, RDF.type.asNode(), NKG.Event.asNode());
        out.add(node, RDFS.label.asNode(), NkgFactMapper.literal(event.label()));
        out.add(node, NKG.eventType.asNode(), NodeFactory.createURI(NKG.NS + event.type()));
        event.date().ifPresent(date -> {
            dateLiteral(date.value()).ifPresent(d -> out.add(node, NKG.date.asNode(), d));
            date.end().flatMap(StatementMapper::dateLiteral).ifPresent(d -> out.add(node, NKG.dateEnd.asNode(), d));
            out.add(node, NKG.dateInferred.asNode(), NodeFactory.createLiteralDT(String.valueOf(date.inferred()),
                    XSDDatatype.XSDboolean));
            out.add(node, NKG.dateExpression.asNode(), NkgFactMapper.literal(date.expression()));
        });
        event.placeKey().ifPresent(k -> out.add(node, NKG.place.asNode(), iris.entity(k)));
        int next = participations;
        for (Participant participant : event.participants()) {
            Node part = iris.statement(articleId, "participation", next++);
            out.add(node, NKG.participation.asNode(), part);
            out.add(part, RDF.type.asNode(), NKG.Participation.asNode());
            out.add(part, NKG.participantRole.asNode(), NodeFactory.createURI(NKG.NS + participant.role().localName()));
            participant.entityKey().ifPresent(k -> out.add(part, NKG.participant.asNode(), iris.entity(k)));
            participant.description().ifPresent(d -> out.add(part, NKG.participantDescription.asNode(),
                    NkgFactMapper.literal(d)));
            participant.count().ifPresent(c -> out.add(part, NKG.count.asNode(), NkgFactMapper.integer(c)));
        }
        event.quotationIndex().ifPresent(q -> out.add(iris.statement(articleId, "quote", q), NKG.speechAct.asNode(),
                node));
        writeEvidence(node, event.evidence());
        return next;
    }

    private void writeLeadership(Node node, Leadership leadership) {
        out.add(node, RDF.type.asNode(), NKG.Leadership.asNode());
        out.add(node, RDFS.label.asNode(), NkgFactMapper.literal(leadership.status().localName() + " "
                + leadership.role().orElse("leader")));
        out.add(node, NKG.leader.asNode(), iris.entity(leadership.leaderKey()));
        out.add(node, NKG.organization.asNode(), iris.entity(leadership.organizationKey()));
        leadership.role().ifPresent(r -> out.add(node, NKG.role.asNode(), NkgFactMapper.literal(r)));
        out.add(node, NKG.status.asNode(), NodeFactory.createURI(NKG.NS + leadership.status().localName()));
        writeEvidence(node, leadership.evidence());
    }

    /** The n-ary tie with its evidence, and the direct triple both ways ("Luis childOf Ana", "Ana parentOf Luis"). */
    private void writeFamilyTie(Node node, FamilyTie tie) {
        Node person = iris.entity(tie.personKey());
        Node relative = iris.entity(tie.relativeKey());
        out.add(node, RDF.type.asNode(), NKG.FamilyTie.asNode());
        out.add(node, RDFS.label.asNode(), NkgFactMapper.literal(tie.relation().localName()));
        out.add(node, NKG.person.asNode(), person);
        out.add(node, NKG.relation.asNode(), NodeFactory.createURI(NKG.NS + tie.relation().localName()));
        out.add(node, NKG.relative.asNode(), relative);
        out.add(person, NodeFactory.createURI(NKG.NS + tie.relation().localName()), relative);
        out.add(relative, NodeFactory.createURI(NKG.NS + tie.relation().inverse().localName()), person);
        writeEvidence(node, tie.evidence());
    }

    private void writeEvidence(Node statement, Evidence evidence) {
        Node node = iris.statement(articleId, "evidence", evidenceIndex++);
        out.add(statement, NKG.evidence.asNode(), node);
        out.add(node, RDF.type.asNode(), NKG.Evidence.asNode());
        out.add(node, RDFS.label.asNode(), NkgFactMapper.literal(label(evidence.text())));
        NkgFactMapper.writeEvidence(out, node, graph, evidence);
    }

    /**
     * A TIMEX3 day, month or year as a typed literal; other values (PAST_REF, weeks) and years outside those
     * {@link DateLib} supports (year 0000 is no XSD 1.0 year) have no XSD form.
     */
    static Optional<Node> dateLiteral(String timex) {
        if (timex.length() < 4 || !timex.substring(0, 4).chars().allMatch(Character::isDigit)
                || Integer.parseInt(timex.substring(0, 4)) < DateLib.FIRST_YEAR) {
            return Optional.empty();
        }
        RDFDatatype type;
        if (timex.matches("\\d{4}-\\d{2}-\\d{2}")) {
            type = XSDDatatype.XSDdate;
        } else if (timex.matches("\\d{4}-\\d{2}")) {
            type = XSDDatatype.XSDgYearMonth;
        } else if (timex.matches("\\d{4}")) {
            type = XSDDatatype.XSDgYear;
        } else {
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createLiteralDT(timex, type));
    }

    private static String label(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
