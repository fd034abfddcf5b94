package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The ontology and the shapes parse; ontology, {@link NKG}, shapes and named queries share one vocabulary. */
class OntologyTest {
    private static final Set<Node> DECLARATION_TYPES = Set.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.NamedIndividual.asNode());
    private static final Node VERSION_IRI = NodeFactory.createURI(OWL.NS + "versionIRI");
    private static final Node ONTOLOGY_IRI = NodeFactory.createURI("https://w3id.org/newskg/ns");
    private static final Pattern NKG_TERM = Pattern.compile("\\bnkg:([A-Za-z][A-Za-z0-9]*)");

    private final Graph ontology = RdfFixtures.ontology();

    @Test
    void headerNamesVersionLicenseLabelAndComment() {
        assertThat(ontology.contains(ONTOLOGY_IRI, RDF.type.asNode(), OWL.Ontology.asNode())).isTrue();
        assertThat(objects(ONTOLOGY_IRI, OWL.versionInfo.asNode())).isNotEmpty();
        assertThat(objects(ONTOLOGY_IRI, VERSION_IRI)).isNotEmpty();
        assertThat(objects(ONTOLOGY_IRI, RDFS.label.asNode())).isNotEmpty();
        assertThat(objects(ONTOLOGY_IRI, RDFS.comment.asNode())).isNotEmpty();
        assertThat(objects(ONTOLOGY_IRI, NodeFactory.createURI("http://purl.org/dc/terms/license")))
                .containsExactly(NodeFactory.createURI("https://spdx.org/licenses/GPL-3.0-or-later"));
    }

    @Test
    void everyTermOfTheJavaVocabularyIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        List<String> terms = javaVocabulary();
        assertThat(terms).hasSizeGreaterThan(50).contains("Article", "located", "current", "childOf");
        for (String term : terms) {
            assertDeclared(term, "NKG." + term);
        }
    }

    @Test
    void everyTermTheOntologyMentionsIsDeclaredWithLabelAndComment() {
        Set<String> mentioned = nkgTerms(ontology);
        assertThat(mentioned).hasSizeGreaterThan(60);
        mentioned.forEach(term -> assertDeclared(term, "newskg.ttl"));
    }

    @Test
    void everyTermUsedInTheShapesIsDeclared() {
        Set<String> used = nkgTerms(RdfFixtures.shapesGraph());
        assertThat(used).contains("Article", "evidence", "current");
        used.forEach(term -> assertDeclared(term, "shapes.ttl"));
    }

    @Test
    void everyTermUsedInTheNamedQueriesIsDeclared() throws IOException {
        try (Stream<Path> files = Files.list(RdfFixtures.QUERIES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                Matcher matcher = NKG_TERM.matcher(RdfFixtures.read(file));
                while (matcher.find()) {
                    assertDeclared(matcher.group(1), file.toString());
                }
            }
        }
    }

    @Test
    void everyPropertyARelationOfRulesAloneWritesIsDeclaredWithDomainAndRange() {
        Set<String> properties = new org.newskg.extract.rules.RuleRelationExtractor().properties();
        assertThat(properties).contains("birthPlace");
        for (String property : properties) {
            assertDeclared(property, "rules/relations.list");
            Node term = NodeFactory.createURI(NKG.NS + property);
            assertThat(ontology.contains(term, RDFS.domain.asNode(), Node.ANY)).as("%s has a domain", property)
                    .isTrue();
            assertThat(ontology.contains(term, RDFS.range.asNode(), Node.ANY)).as("%s has a range", property)
                    .isTrue();
        }
    }

    @Test
    void statusesAndFamilyRelationsAreIndividualsOfTheirClasses() {
        for (Resource status : List.of(NKG.current, NKG.former, NKG.alleged)) {
            assertThat(ontology.contains(status.asNode(), RDF.type.asNode(), node("Status"))).isTrue();
        }
        for (Resource relation : List.of(NKG.childOf, NKG.parentOf, NKG.spouseOf, NKG.siblingOf, NKG.relativeOf)) {
            Node iri = relation.asNode();
            assertThat(ontology.contains(iri, RDF.type.asNode(), node("FamilyRelation"))).isTrue();
            assertThat(ontology.contains(iri, RDF.type.asNode(), OWL.ObjectProperty.asNode())).isTrue();
            assertThat(ontology.contains(iri, RDFS.domain.asNode(), NKG.Person.asNode())).isTrue();
            assertThat(ontology.contains(iri, RDFS.range.asNode(), NKG.Person.asNode())).isTrue();
        }
    }

    @Test
    void roleIsAStringAndNotOrgRole() {
        Node role = NKG.role.asNode();
        assertThat(ontology.contains(role, RDF.type.asNode(), OWL.DatatypeProperty.asNode())).isTrue();
        assertThat(objects(role, RDFS.subPropertyOf.asNode()))
                .doesNotContain(NodeFactory.createURI("http://www.w3.org/ns/org#role"));
    }

    @Test
    void shapesParseAsShacl() {
        Shapes shapes = RdfFixtures.shapes();
        assertThat(shapes.getTargetShapes()).extracting(s -> s.getShapeNode().getLocalName())
                .containsExactlyInAnyOrder("ArticleShape", "EntityShape", "AliasIsNameShape", "FinerPlaceShape",
                        "LocatedShape", "EvidenceShape", "MentionShape", "LeadershipShape", "MembershipShape",
                        "FamilyTieShape", "FamilyTripleShape", "QuotationShape", "EventShape", "PlaceShape",
                        "ContainmentShape", "ParticipationShape", "EntityLinkShape", "RelationStatementShape",
                        "BirthPlaceShape");
    }

    @Test
    void everyTargetedClassRequiresALabel() {
        Graph shapes = RdfFixtures.shapesGraph();
        Node label = NodeFactory.createURI("https://w3id.org/newskg/shapes#label");
        // A place the article names is an nkg:Entity; a container only the gazetteer adds gets its label from the
        // second branch of nkgsh:PlaceShape's sh:or (ShapesTest checks it), so that no place is reported twice.
        List<Resource> classes = List.of(NKG.Article, NKG.Entity, NKG.Person, NKG.Organization, NKG.Evidence,
                NKG.Mention, NKG.Leadership, NKG.Membership, NKG.FamilyTie, NKG.Quotation, NKG.Event,
                NKG.Containment, NKG.EntityLink, NKG.RelationStatement);
        for (Resource cls : classes) {
            List<Node> labelled = new ArrayList<>();
            shapes.find(Node.ANY, SHACL.targetClass, cls.asNode()).forEachRemaining(t -> {
                if (shapes.contains(t.getSubject(), SHACL.property, label)) {
                    labelled.add(t.getSubject());
                }
            });
            assertThat(labelled).as("a shape targeting %s requires nkgsh:label", cls.getLocalName()).isNotEmpty();
        }
        Node one = NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger);
        assertThat(shapes.contains(label, SHACL.path, RDFS.label.asNode())).isTrue();
        assertThat(shapes.contains(label, SHACL.minCount, one)).isTrue();
        assertThat(shapes.contains(label, SHACL.maxCount, one)).isTrue();
    }

    private void assertDeclared(String term, String where) {
        Node iri = node(term);
        List<Node> types = objects(iri, RDF.type.asNode());
        assertThat(types).as("nkg:%s (used in %s) has an OWL declaration", term, where)
                .anyMatch(DECLARATION_TYPES::contains);
        assertThat(englishLiterals(iri, RDFS.label.asNode())).as("nkg:%s has an English rdfs:label", term).isNotEmpty();
        assertThat(englishLiterals(iri, RDFS.comment.asNode())).as("nkg:%s has an English rdfs:comment", term)
                .isNotEmpty();
    }

    private List<Node> englishLiterals(Node subject, Node predicate) {
        return objects(subject, predicate).stream()
                .filter(n -> n.isLiteral() && "en".equals(n.getLiteralLanguage()))
                .filter(n -> !n.getLiteralLexicalForm().isBlank())
                .toList();
    }

    private List<Node> objects(Node subject, Node predicate) {
        return ontology.find(subject, predicate, Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    /** The local names of the nkg: IRIs in any position of any triple of the graph. */
    private static Set<String> nkgTerms(Graph graph) {
        Set<String> terms = new TreeSet<>();
        graph.find().forEachRemaining(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                .filter(n -> n.isURI() && n.getURI().startsWith(NKG.NS))
                .forEach(n -> terms.add(n.getURI().substring(NKG.NS.length()))));
        return terms;
    }

    private static Node node(String term) {
        return NodeFactory.createURI(NKG.NS + term);
    }

    private static List<String> javaVocabulary() throws IllegalAccessException {
        List<String> terms = new ArrayList<>();
        for (Field field : NKG.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertThat(term.getURI()).startsWith(NKG.NS).isEqualTo(NKG.NS + field.getName());
                terms.add(field.getName());
            }
        }
        return terms;
    }
}
