package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newskg.export.ExportFixtures.CARLSEN;
import static org.newskg.export.ExportFixtures.CARTEL;
import static org.newskg.export.ExportFixtures.CULIACAN;
import static org.newskg.export.ExportFixtures.JOAQUIN;
import static org.newskg.export.ExportFixtures.OVIDIO;
import static org.newskg.export.ExportFixtures.TRUMP;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Tdb2KnowledgeStore;

/** What the selector reads from the fixture database, and how each option narrows it. */
class GraphSelectorTest {
    @TempDir
    static Path dir;
    static Tdb2KnowledgeStore store;
    static GraphSelector selector;

    @BeforeAll
    static void openTheFixture() {
        store = Tdb2KnowledgeStore.open(ExportFixtures.storeDatabase(dir.resolve("db")));
        selector = GraphSelector.over(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theWholeGraphHasEveryEntityAndEventButThePublication() {
        VizGraph graph = selector.select(Selection.all());

        assertThat(graph.nodes()).hasSize(ExportFixtures.NODES);
        assertThat(graph.nodes()).extracting(VizNode::category).filteredOn(Category.Event::equals).hasSize(3);
        assertThat(graph.nodes()).extracting(VizNode::type).doesNotContain("Publication")
                .contains("Arrest", "Statement", "Launch", "City", "Country", "FirstLevelDivision", "Region",
                        "CriminalOrganization", "Organization", "Person");
        assertThat(graph.edges()).hasSize(ExportFixtures.EDGES);
        assertThat(graph.edges()).extracting(VizEdge::relation).containsOnly("leads", "memberOf", "childOf",
                "spouseOf", "locatedIn", "participatesIn", "happenedIn", "quoted");
        assertThat(graph.edges()).extracting(VizEdge::id).doesNotHaveDuplicates();
    }

    @Test
    void nodesCarryNamesLinksCoordinatesMentionsFactsAndQuotes() {
        VizGraph graph = selector.select(Selection.all());

        VizNode culiacan = graph.node(CULIACAN).orElseThrow();
        assertThat(culiacan.label()).isEqualTo("Culiacán");
        assertThat(culiacan.category()).isEqualTo(Category.Place);
        assertThat(culiacan.lat()).hasValue(24.79944);
        assertThat(culiacan.lon()).hasValue(-107.38972);
        assertThat(culiacan.sameAs()).containsExactly("https://sws.geonames.org/4014875/");
        assertThat(culiacan.facts()).contains(new NodeFact("countryCode", "MX"));
        VizNode trump = graph.node(TRUMP).orElseThrow();
        assertThat(trump.mentions()).isEqualTo(2);
        assertThat(trump.aliases()).containsExactly("Trump");
        assertThat(trump.sameAs()).containsExactlyInAnyOrder("https://en.wikipedia.org/wiki/Donald_Trump",
                "http://dbpedia.org/resource/Donald_Trump");
        assertThat(trump.facts()).contains(new NodeFact("role", "president"));
        assertThat(trump.quotes()).containsExactly(new NodeQuote("If Mexico needs or requests help, we are ready.",
                Optional.of("President Donald Trump said: \"If Mexico needs or requests help, we are ready.\""),
                Optional.of(ExportFixtures.ARTICLE_1)));
        assertThat(trump.lat()).isEmpty();
        assertThat(graph.node(JOAQUIN).orElseThrow().aliases()).containsExactly("El Chapo");
    }

    @Test
    void edgesCarryStatusRoleConfidenceDatesAndEvidence() {
        VizGraph graph = selector.select(Selection.all());

        VizEdge former = edge(graph, JOAQUIN, CARTEL, "leads");
        assertThat(former.status()).hasValue("former");
        assertThat(former.role()).hasValue("leader");
        assertThat(former.confidence()).hasValue(0.85);
        assertThat(former.evidence()).hasValue("Guzmán once ran the Sinaloa Cartel; Ovidio is suspected of "
                + "leading it now.");
        assertThat(former.article()).hasValue(ExportFixtures.ARTICLE_1);
        assertThat(former.articleDate()).hasValue("2019-11-07");
        assertThat(edge(graph, OVIDIO, CARTEL, "leads").status()).hasValue("alleged");
        VizEdge arrested = graph.edges().stream().filter(e -> e.source().equals(OVIDIO)
                && e.relation().equals("participatesIn")).findFirst().orElseThrow();
        assertThat(arrested.role()).hasValue("patient");
        assertThat(arrested.date()).hasValue("2019-10-17");
        assertThat(edge(graph, OVIDIO, JOAQUIN, "childOf").confidence()).hasValue(0.98);
        VizEdge spouse = edge(graph, CARLSEN, ExportFixtures.BASE + "id/person/mark-carlsen", "spouseOf");
        assertThat(spouse.confidence()).isEmpty();
        assertThat(spouse.evidence()).isEmpty();
        assertThat(edge(graph, CARLSEN, ExportFixtures.BASE + "id/organization/americas-program", "memberOf")
                .confidence()).hasValue(0.99);
        assertThat(graph.edges()).filteredOn(e -> e.relation().equals("quoted")).singleElement()
                .satisfies(e -> assertThat(e.source()).isEqualTo(TRUMP))
                .satisfies(e -> assertThat(e.date()).hasValue("2019-11-06"));
    }

    @Test
    void aFocusByAliasKeepsWhatLiesWithinTheDepth() {
        VizGraph one = selector.select(Selection.all().withFocus("el chapo", 1));
        VizGraph two = selector.select(Selection.all().withFocus("el chapo", 2));

        assertThat(one.nodes()).extracting(VizNode::id).containsExactlyInAnyOrder(JOAQUIN, CARTEL, OVIDIO);
        assertThat(one.edges()).extracting(VizEdge::relation).containsExactlyInAnyOrder("leads", "leads",
                "childOf");
        assertThat(two.nodes()).extracting(VizNode::type).containsExactlyInAnyOrder("Person", "Person",
                "CriminalOrganization", "Arrest");
    }

    @Test
    void aFocusByIriWithDepthZeroIsTheEntityAlone() {
        VizGraph graph = selector.select(Selection.all().withFocus(TRUMP, 0));
        VizGraph bracketed = selector.select(Selection.all().withFocus("<" + TRUMP + ">", 0));

        assertThat(graph.nodes()).extracting(VizNode::id).containsExactly(TRUMP);
        assertThat(graph.edges()).isEmpty();
        assertThat(bracketed).isEqualTo(graph);
    }

    @Test
    void theTypeFilterKeepsTheseCategoriesAndTheFocus() {
        VizGraph people = selector.select(Selection.all().withTypes(EnumSet.of(Category.Person)));
        VizGraph organizations = selector.select(Selection.all().withFocus("Laura Carlsen", 1)
                .withTypes(EnumSet.of(Category.Organization)));

        assertThat(people.nodes()).hasSize(5).allSatisfy(n -> assertThat(n.category()).isEqualTo(Category.Person));
        assertThat(people.edges()).extracting(VizEdge::relation).containsExactlyInAnyOrder("childOf", "spouseOf");
        assertThat(organizations.nodes()).extracting(VizNode::label).containsExactlyInAnyOrder("Laura Carlsen",
                "Americas Program", ExportFixtures.HOSTILE_NAME);
    }

    @Test
    void minConfidenceDropsWeakAndUnratedEdges() {
        VizGraph graph = selector.select(Selection.all().withMinConfidence(0.8));

        assertThat(graph.edges()).hasSize(8).allSatisfy(e -> assertThat(e.confidence().getAsDouble())
                .isGreaterThanOrEqualTo(0.8));
        assertThat(graph.nodes()).hasSize(ExportFixtures.NODES);
    }

    @Test
    void excludeAllegedDropsOnlyAllegedEdges() {
        VizGraph graph = selector.select(Selection.all().withoutAlleged());

        assertThat(graph.edges()).hasSize(ExportFixtures.EDGES - 1).noneMatch(VizEdge::isAlleged);
        assertThat(graph.edges()).extracting(e -> e.status().orElse("")).contains("former", "current");
    }

    @Test
    void aConstructQueryIsReadInsteadOfTheStore() {
        String article2 = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + ExportFixtures.ARTICLE_2 + "> { ?s ?p ?o } }";

        VizGraph graph = selector.select(Selection.all().withConstruct(new Selection.ConstructQuery("a2.rq",
                article2)));

        assertThat(graph.nodes()).extracting(VizNode::label).containsExactlyInAnyOrder("Laura Carlsen",
                "Americas Program", "Donald Trump", "Mexico", "North America", ExportFixtures.HOSTILE_NAME,
                "Mark Carlsen", "launched");
        assertThat(graph.edges()).extracting(VizEdge::relation).containsExactlyInAnyOrder("leads", "memberOf",
                "memberOf", "spouseOf", "locatedIn");
    }

    @Test
    void aQueryThatIsNotAConstructIsRefused() {
        Selection select = Selection.all().withConstruct(new Selection.ConstructQuery("people.rq",
                "SELECT * WHERE { ?s ?p ?o }"));

        assertThatThrownBy(() -> selector.select(select)).isInstanceOf(ExportException.class)
                .hasMessage("people.rq: --query expects a SPARQL CONSTRUCT query but this is a SELECT. Write it as "
                        + "CONSTRUCT { ... } WHERE { ... }.");
    }

    @Test
    void anEmptyConstructIsAnEmptyResult() {
        Selection nothing = Selection.all().withConstruct(new Selection.ConstructQuery("none.rq",
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(false) }"));

        assertThatThrownBy(() -> selector.select(nothing)).isInstanceOf(ExportException.class)
                .hasMessageStartingWith("nothing to export: --query none.rq selects no entity.");
    }

    @Test
    void anUnknownFocusSuggestsTheClosestNames() {
        assertThatThrownBy(() -> selector.select(Selection.all().withFocus("Ovidio Guzman", 1)))
                .isInstanceOf(ExportException.class)
                .hasMessage("--focus 'Ovidio Guzman': no entity has this name, alias or IRI. Closest names: "
                        + "'Ovidio Guzmán', 'Joaquín Guzmán', 'Ovidio'.");
    }

    @Test
    void aNameOfTwoEntitiesAsksForAnIri() {
        Selection twoTrumps = Selection.all().withFocus("donald trump", 1).withConstruct(new Selection.ConstructQuery(
                "two.rq", "PREFIX nkg: <https://w3id.org/newskg/ns#> "
                        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                        + " CONSTRUCT { ?p a nkg:Person ; rdfs:label ?l . <urn:x:other> a nkg:Person ; rdfs:label ?l }"
                        + " WHERE { ?p a nkg:Person ; rdfs:label ?l FILTER (?l = \"Donald Trump\") }"));

        assertThatThrownBy(() -> selector.select(twoTrumps)).isInstanceOf(ExportException.class)
                .hasMessage("--focus 'donald trump' names 2 entities: " + TRUMP + ", urn:x:other. Give one of these "
                        + "IRIs as --focus.");
    }

    @Test
    void aFocusCannotInjectSparql() {
        long quads = store.quadCount();
        List<String> attacks = List.of("x\" ) } ; DROP ALL ; #", "Donald Trump\") || true || (\"",
                "' . ?node ?p ?o } #", "Donald Trump\"@en . } UNION { ?node ?p ?o . #");

        for (String attack : attacks) {
            assertThatThrownBy(() -> selector.select(Selection.all().withFocus(attack, 1))).as(attack)
                    .isInstanceOf(ExportException.class).hasMessageStartingWith("--focus '" + attack.strip()
                            + "': no entity has this name");
        }
        assertThat(store.quadCount()).isEqualTo(quads);
    }

    private static VizEdge edge(VizGraph graph, String source, String target, String relation) {
        return graph.edges().stream().filter(e -> e.source().equals(source) && e.target().equals(target)
                && e.relation().equals(relation)).findFirst().orElseThrow(() -> new AssertionError(
                        "no edge " + source + " " + relation + " " + target));
    }
}
