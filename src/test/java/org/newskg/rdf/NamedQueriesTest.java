package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each named query parses as standard SPARQL 1.1, documents itself, returns the columns fixed by the development
 * README and, over the union of the article graphs of {@code dataset.trig}, exactly the expected rows.
 *
 * <p>Rows are written one string each, the columns joined by {@code " | "}, nodes as {@link RdfFixtures#show(Node)}
 * prints them.
 */
class NamedQueriesTest {
    /** The columns that /work/shared/dev/README.md fixes, in order; a query may add more after them. */
    private static final Map<String, List<String>> REQUIRED_COLUMNS = Map.of(
            "entities", List.of("entity", "type", "name"),
            "leadership", List.of("leader", "leaderName", "organization", "organizationName", "role", "status"),
            "affiliations", List.of("person", "personName", "organization", "organizationName", "role"),
            "family", List.of("person", "personName", "relation", "relative", "relativeName"),
            "quotes", List.of("quote", "speaker", "speakerName", "text"),
            "events", List.of("event", "type", "label", "date", "place", "placeName"),
            "located", List.of("place", "placeName", "container", "containerName"));

    private static DatasetGraph union;

    @BeforeAll
    static void loadDataset() {
        union = DatasetGraphFactory.wrap(RdfFixtures.dataset().getUnionGraph());
    }

    static List<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(RdfFixtures.QUERIES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".rq"))
                    .map(f -> f.substring(0, f.length() - 3))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theSevenScoredQueriesExist() throws IOException {
        assertThat(queryNames()).containsAll(REQUIRED_COLUMNS.keySet())
                .contains("articles", "mentions", "evidence", "cooccurrence", "containment");
    }

    @ParameterizedTest(name = "{0}.rq")
    @MethodSource("queryNames")
    void queryParsesAndDocumentsItself(String name) {
        String text = RdfFixtures.read(file(name));
        Query query = parse(name);

        assertThat(text).as("starts with a comment saying what it answers").startsWith("# ");
        assertThat(text).contains("\nPREFIX ");
        assertThat(query.isSelectType()).isTrue();
        assertThat(query.isOrdered()).as("has ORDER BY").isTrue();
        assertThat(query.getGraphURIs()).as("no FROM").isEmpty();
        assertThat(query.getNamedGraphURIs()).as("no FROM NAMED").isEmpty();
        List<ElementNamedGraph> graphPatterns = new ArrayList<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementNamedGraph el) {
                graphPatterns.add(el);
            }
        });
        assertThat(graphPatterns).as("runs on the union default graph, no GRAPH pattern").isEmpty();
        String header = text.lines().takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
        for (String column : query.getResultVars()) {
            assertThat(header).as("header comment describes ?%s", column).containsPattern("#\\s+\\?" + column + "\\s");
        }
    }

    @ParameterizedTest(name = "{0}.rq")
    @MethodSource("queryNames")
    void queryStartsWithItsFixedColumns(String name) {
        List<String> required = REQUIRED_COLUMNS.getOrDefault(name, List.of());
        List<String> columns = parse(name).getResultVars();
        assertThat(columns.subList(0, Math.min(required.size(), columns.size()))).isEqualTo(required);
    }

    @ParameterizedTest(name = "{0}.rq")
    @MethodSource("queryNames")
    void tdb2UnionDefaultGraphGivesTheSameRows(String name) {
        DatasetGraph tdb2 = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb2, () -> RdfFixtures.dataset().find().forEachRemaining(tdb2::add));
        tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);

        // TDB2 stores numbers as values, so it returns 0.75E0 as 0.75e0: compare canonical literals.
        UnaryOperator<Node> canonical = CanonicalizeLiteral.get()::apply;
        List<String> expected = run(name, union, null, canonical);
        List<String> actual = Txn.calculateRead(tdb2, () -> run(name, tdb2, null, canonical));

        assertThat(expected).isNotEmpty();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void entities() {
        assertThat(parse("entities").getResultVars()).as("the fixed columns, then the optional sameAs")
                .containsExactly("entity", "type", "name", "class", "label", "sameAs");
        assertThat(run("entities", union, List.of("entity", "type", "name", "class", "label"))).containsExactly(
                "organization:americas-program | nkg:Organization | \"Americas Program\" | nkg:Organization"
                        + " | \"Americas Program\"",
                "organization:sinaloa-cartel | nkg:Organization | \"Sinaloa Cartel\" | nkg:CriminalOrganization"
                        + " | \"Sinaloa Cartel\"",
                "person:donald-trump | nkg:Person | \"Donald Trump\" | nkg:Person | \"Donald Trump\"",
                "person:donald-trump | nkg:Person | \"Trump\" | nkg:Person | \"Donald Trump\"",
                "person:joaquin-guzman | nkg:Person | \"El Chapo\" | nkg:Person | \"Joaquín Guzmán\"",
                "person:joaquin-guzman | nkg:Person | \"Joaquín Guzmán\" | nkg:Person | \"Joaquín Guzmán\"",
                "person:laura-carlsen | nkg:Person | \"Carlsen\" | nkg:Person | \"Laura Carlsen\"",
                "person:laura-carlsen | nkg:Person | \"Laura Carlsen\" | nkg:Person | \"Laura Carlsen\"",
                "person:ovidio-guzman | nkg:Person | \"Ovidio\" | nkg:Person | \"Ovidio Guzmán\"",
                "person:ovidio-guzman | nkg:Person | \"Ovidio Guzmán\" | nkg:Person | \"Ovidio Guzmán\"",
                "place:culiacan | nkg:Place | \"Culiacán\" | nkg:City | \"Culiacán\"",
                "place:mexico | nkg:Place | \"Mexico\" | nkg:Country | \"Mexico\"",
                "place:north-america | nkg:Place | \"North America\" | nkg:Region | \"North America\"",
                "place:sinaloa | nkg:Place | \"Sinaloa\" | nkg:FirstLevelDivision | \"Sinaloa\"");
    }

    @Test
    void leadership() {
        assertRows("leadership", List.of("leader", "leaderName", "organization", "organizationName", "role", "status",
                        "evidenceCount"),
                "person:joaquin-guzman | \"Joaquín Guzmán\" | organization:sinaloa-cartel | \"Sinaloa Cartel\""
                        + " | \"leader\" | nkg:former | 1",
                "person:laura-carlsen | \"Laura Carlsen\" | organization:americas-program | \"Americas Program\""
                        + " | \"director\" | nkg:current | 1",
                "person:ovidio-guzman | \"Ovidio Guzmán\" | organization:sinaloa-cartel | \"Sinaloa Cartel\""
                        + " | - | nkg:alleged | 1");
    }

    @Test
    void cartelLeadershipListsCriminalOrganizationsOnlyWithTheirSentence() {
        assertRows("cartel-leadership", List.of("leader", "leaderName", "organization", "organizationName", "role",
                        "status", "confidence", "sentence", "article"),
                "person:joaquin-guzman | \"Joaquín Guzmán\" | organization:sinaloa-cartel | \"Sinaloa Cartel\" | \"leader\""
                        + " | nkg:former | 0.85 | \"Guzmán once ran the Sinaloa Cartel; Ovidio is suspected of leading it now.\" | art:aaaa000000000001",
                "person:ovidio-guzman | \"Ovidio Guzmán\" | organization:sinaloa-cartel | \"Sinaloa Cartel\" | -"
                        + " | nkg:alleged | 0.6 | \"Guzmán once ran the Sinaloa Cartel; Ovidio is suspected of leading it now.\" | art:aaaa000000000001");
    }

    @Test
    void whoLeadsTakesTheOrganizationAsAParameter() {
        assertRows("who-leads", List.of("leader", "leaderName", "organization", "organizationName", "role", "status",
                        "sentence", "article", "published"),
                "person:joaquin-guzman | \"Joaquín Guzmán\" | organization:sinaloa-cartel | \"Sinaloa Cartel\" | \"leader\""
                        + " | nkg:former | \"Guzmán once ran the Sinaloa Cartel; Ovidio is suspected of leading it now.\" | art:aaaa000000000001 | \"2019-11-07T01:42:27Z\"^^xsd:dateTime",
                "person:ovidio-guzman | \"Ovidio Guzmán\" | organization:sinaloa-cartel | \"Sinaloa Cartel\" | -"
                        + " | nkg:alleged | \"Guzmán once ran the Sinaloa Cartel; Ovidio is suspected of leading it now.\" | art:aaaa000000000001 | \"2019-11-07T01:42:27Z\"^^xsd:dateTime");
    }

    @Test
    void organizationNetworkFollowsRelativesToTheirOrganizations() {
        assertRows("organization-network", List.of("person", "personName", "organization", "organizationName", "tie",
                        "relation", "relative", "relativeName", "relativeOrganization", "relativeOrganizationName"),
                "person:joaquin-guzman | \"Joaquín Guzmán\" | organization:sinaloa-cartel | \"Sinaloa Cartel\" | \"leads\""
                        + " | - | - | - | - | -",
                "person:laura-carlsen | \"Laura Carlsen\" | organization:americas-program | \"Americas Program\""
                        + " | \"leads\" | - | - | - | - | -",
                "person:laura-carlsen | \"Laura Carlsen\" | organization:americas-program | \"Americas Program\""
                        + " | \"member of\" | - | - | - | - | -",
                "person:ovidio-guzman | \"Ovidio Guzmán\" | organization:sinaloa-cartel | \"Sinaloa Cartel\" | \"leads\""
                        + " | nkg:childOf | person:joaquin-guzman | \"Joaquín Guzmán\" | organization:sinaloa-cartel"
                        + " | \"Sinaloa Cartel\"");
    }

    @Test
    void affiliationsIncludeLeadersAndMergeTheSameFact() {
        assertRows("affiliations", List.of("person", "personName", "organization", "organizationName", "role",
                        "evidenceCount"),
                "person:donald-trump | \"Donald Trump\" | - | - | \"president\" | 1",
                "person:joaquin-guzman | \"Joaquín Guzmán\" | organization:sinaloa-cartel | \"Sinaloa Cartel\""
                        + " | \"leader\" | 1",
                "person:laura-carlsen | \"Laura Carlsen\" | organization:americas-program | \"Americas Program\""
                        + " | \"director\" | 2",
                "person:ovidio-guzman | \"Ovidio Guzmán\" | organization:sinaloa-cartel | \"Sinaloa Cartel\" | - | 1");
    }

    @Test
    void aPostWithoutOrganizationListsItsJurisdictionAsTheOrganizationName() {
        DatasetGraph dataset = RdfFixtures.dataset();
        Node graph = NodeFactory.createURI(RdfFixtures.ARTICLE_1);
        Node jurisdiction = NKG.jurisdiction.asNode();
        Node mexico = NodeFactory.createURI(RdfFixtures.ID + "place/mexico");
        dataset.add(graph, NodeFactory.createURI(RdfFixtures.ARTICLE_1 + "/membership-1"), jurisdiction, mexico);
        dataset.add(graph, NodeFactory.createURI(RdfFixtures.ARTICLE_1 + "/leadership-1"), jurisdiction, mexico);
        List<String> rows = run("affiliations", DatasetGraphFactory.wrap(dataset.getUnionGraph()),
                List.of("person", "organization", "organizationName", "role"));
        assertThat(rows).containsExactly(
                "person:donald-trump | - | \"Mexico\" | \"president\"",
                "person:joaquin-guzman | organization:sinaloa-cartel | \"Sinaloa Cartel\" | \"leader\"",
                "person:laura-carlsen | organization:americas-program | \"Americas Program\" | \"director\"",
                "person:ovidio-guzman | organization:sinaloa-cartel | \"Sinaloa Cartel\" | -");
    }

    @Test
    void familyMergesTheNodeAndTheDirectTriple() {
        assertRows("family", List.of("person", "personName", "relation", "relative", "relativeName", "evidenceCount"),
                "person:ovidio-guzman | \"Ovidio Guzmán\" | nkg:childOf | person:joaquin-guzman | \"Joaquín Guzmán\""
                        + " | 2");
    }

    @Test
    void familyListsADirectTripleWithoutANode() {
        DatasetGraph dataset = RdfFixtures.dataset();
        dataset.add(NodeFactory.createURI(RdfFixtures.ARTICLE_2),
                NodeFactory.createURI(RdfFixtures.ID + "person/laura-carlsen"), NKG.spouseOf.asNode(),
                NodeFactory.createURI(RdfFixtures.ID + "person/donald-trump"));
        List<String> rows = run("family", DatasetGraphFactory.wrap(dataset.getUnionGraph()),
                List.of("person", "relation", "relative", "evidenceCount"));
        assertThat(rows).containsExactly(
                "person:laura-carlsen | nkg:spouseOf | person:donald-trump | 0",
                "person:ovidio-guzman | nkg:childOf | person:joaquin-guzman | 2");
    }

    @Test
    void quotes() {
        assertRows("quotes", List.of("quote", "speaker", "speakerName", "text", "article"),
                "a1:quote-1 | person:donald-trump | \"Donald Trump\""
                        + " | \"If Mexico needs or requests help, we are ready.\""
                        + " | art:aaaa000000000001",
                "a2:quote-1 | person:laura-carlsen | \"Laura Carlsen\" | \"The drug war is unwinnable\""
                        + " | art:bbbb000000000002");
    }

    @Test
    void events() {
        assertRows("events", List.of("event", "type", "label", "date", "place", "placeName", "inferred"),
                "a2:event-1 | nkg:Launch | \"launched\" | \"2006-12\"^^xsd:gYearMonth | - | - | false",
                "a1:event-1 | nkg:Arrest | \"was arrested\" | \"2019-10-17\"^^xsd:date | place:culiacan"
                        + " | \"Culiacán\" | true");
    }

    @Test
    void timelineOrdersEventsAndPublicationsByDate() {
        assertRows("timeline", List.of("date", "event", "type", "label", "placeName", "participants", "inferred",
                        "article"), "\"2006-12\"^^xsd:gYearMonth | a2:event-1 | nkg:Launch | \"launched\" | - | \"agent: the war\" | false"
                        + " | art:bbbb000000000002",
                "\"2019-10-17\"^^xsd:date | a1:event-1 | nkg:Arrest | \"was arrested\" | \"Culiacán\""
                        + " | \"patient: Ovidio Guzmán\" | true | art:aaaa000000000001",
                "\"2019-11-07\"^^xsd:date | a1:event-2 | nkg:Publication | \"published\" | - | - | false"
                        + " | art:aaaa000000000001");
    }

    @Test
    void aFocusParameterGivesOneParticipantsTimeline() {
        var builder = QueryExec.newBuilder().dataset(union).query(parse("timeline"))
                .substitution("focus", org.apache.jena.graph.NodeFactory.createLiteralString("OVIDIO GUZMÁN"));
        List<String> events = new ArrayList<>();
        try (QueryExec execution = builder.build()) {
            execution.select().forEachRemaining(b -> events.add(RdfFixtures.show(b.get("event"))));
        }
        assertThat(events).containsExactly("a1:event-1");
    }

    @Test
    void eventsAtAPlaceIncludeThePlacesInsideIt() {
        assertRows("events-at", List.of("event", "type", "label", "date", "place", "placeName", "area", "article"),
                "a1:event-1 | nkg:Arrest | \"was arrested\" | \"2019-10-17\"^^xsd:date | place:culiacan | \"Culiacán\""
                        + " | place:mexico | art:aaaa000000000001");
    }

    @Test
    void located() {
        assertRows("located", List.of("place", "placeName", "container", "containerName", "source"),
                "place:culiacan | \"Culiacán\" | place:sinaloa | \"Sinaloa\" | \"text\"",
                "place:mexico | \"Mexico\" | place:north-america | \"North America\" | \"text\"");
    }

    @Test
    void containmentFollowsChainsAcrossArticles() {
        assertRows("containment", List.of("place", "placeName", "container", "containerName", "direct"),
                "place:culiacan | \"Culiacán\" | place:mexico | \"Mexico\" | false",
                "place:culiacan | \"Culiacán\" | place:north-america | \"North America\" | false",
                "place:culiacan | \"Culiacán\" | place:sinaloa | \"Sinaloa\" | true",
                "place:mexico | \"Mexico\" | place:north-america | \"North America\" | true",
                "place:sinaloa | \"Sinaloa\" | place:mexico | \"Mexico\" | true",
                "place:sinaloa | \"Sinaloa\" | place:north-america | \"North America\" | false");
    }

    @Test
    void articles() {
        assertRows("articles", List.of("article", "title", "published", "sourceUrl", "sourceFile", "entityCount"),
                "art:aaaa000000000001 | \"Son of El Chapo arrested in Culiacán\""
                        + " | \"2019-11-07T01:42:27Z\"^^xsd:dateTime | <https://example.org/story>"
                        + " | \"data/articles/00_seed.txt\" | 7",
                "art:bbbb000000000002 | \"The drug war is unwinnable, analyst says\" | - | -"
                        + " | \"corpus.jsonl:12\" | 5");
    }

    @Test
    void mentions() {
        assertThat(parse("mentions").getResultVars()).containsExactly("entity", "entityName", "mention", "article",
                "text", "beginOffset", "endOffset", "sentenceIndex", "sentenceText", "extractor", "confidence");
        List<String> columns = List.of("entity", "mention", "article", "text", "beginOffset", "endOffset",
                "sentenceIndex", "extractor", "confidence");
        assertThat(run("mentions", union, columns)).containsExactly(
                "organization:americas-program | a2m:2 | art:bbbb000000000002 | \"Americas Program\" | 31 | 47 | 0"
                        + " | \"gazetteer\" | 1.0",
                "place:culiacan | a1m:3 | art:aaaa000000000001 | \"Culiacán\" | 69 | 77 | 0 | \"corenlp-ner\" | 0.95",
                "person:donald-trump | a1m:8 | art:aaaa000000000001 | \"Donald Trump\" | 173 | 185 | 2"
                        + " | \"corenlp-ner\" | 0.99",
                "person:donald-trump | a2m:3 | art:bbbb000000000002 | \"Trump\" | 138 | 143 | 1"
                        + " | \"corenlp-ner\" | 0.9",
                "person:joaquin-guzman | a1m:2 | art:aaaa000000000001 | \"Joaquín \\\"El Chapo\\\" Guzmán\""
                        + " | 26 | 51 | 0"
                        + " | \"corenlp-ner\" | 0.9",
                "person:joaquin-guzman | a1m:5 | art:aaaa000000000001 | \"Guzmán\" | 88 | 94 | 1"
                        + " | \"corenlp-ner\" | 0.8",
                "person:laura-carlsen | a2m:1 | art:bbbb000000000002 | \"Laura Carlsen\" | 0 | 13 | 0"
                        + " | \"corenlp-ner\" | 0.99",
                "place:mexico | a1m:9 | art:aaaa000000000001 | \"Mexico\" | 195 | 201 | 2 | \"corenlp-ner\" | 0.97",
                "place:mexico | a2m:4 | art:bbbb000000000002 | \"Mexico\" | 157 | 163 | 1 | \"corenlp-ner\" | -",
                "place:north-america | a2m:5 | art:bbbb000000000002 | \"North America\" | 165 | 178 | 2"
                        + " | \"corenlp-ner\" | 0.9",
                "person:ovidio-guzman | a1m:1 | art:aaaa000000000001 | \"Ovidio Guzmán\" | 0 | 13 | 0"
                        + " | \"corenlp-ner\" | 0.98",
                "person:ovidio-guzman | a1m:7 | art:aaaa000000000001 | \"Ovidio\" | 124 | 130 | 1"
                        + " | \"corenlp-coref\" | 0.7",
                "place:sinaloa | a1m:4 | art:aaaa000000000001 | \"Sinaloa\" | 79 | 86 | 0 | \"corenlp-ner\" | 0.95",
                "organization:sinaloa-cartel | a1m:6 | art:aaaa000000000001 | \"Sinaloa Cartel\" | 108 | 122 | 1"
                        + " | \"corenlp-ner\" | 0.9");
        assertThat(run("mentions", union, List.of("mention", "sentenceText")))
                .contains("a2m:3 | \"\\\"The drug war is unwinnable,\\\" she told Trump's critics in Mexico.\"");
    }

    @Test
    void evidence() {
        assertThat(parse("evidence").getResultVars()).containsExactly("statement", "kind", "label", "evidence",
                "article", "text", "beginOffset", "endOffset", "sentenceIndex", "sentenceText", "extractor",
                "confidence");
        assertThat(run("evidence", union, List.of("kind", "statement", "evidence", "article", "beginOffset",
                "extractor"))).containsExactly(
                        "nkg:Event | a1:event-1 | a1m:1 | art:aaaa000000000001 | 0 | \"corenlp-ner\"",
                        "nkg:Event | a1:event-2 | a1m:1 | art:aaaa000000000001 | 0 | \"corenlp-ner\"",
                        "nkg:Event | a2:event-1 | a2:evidence-3 | art:bbbb000000000002 | 54 | \"event-rules\"",
                        "nkg:FamilyTie | a1:family-1 | a1m:1 | art:aaaa000000000001 | 0 | \"corenlp-ner\"",
                        "nkg:FamilyTie | a1:family-1 | a1m:2 | art:aaaa000000000001 | 26 | \"corenlp-ner\"",
                        "nkg:Leadership | a1:leadership-1 | a1:evidence-1 | art:aaaa000000000001 | 88"
                                + " | \"leadership-rules\"",
                        "nkg:Leadership | a1:leadership-2 | a1:evidence-2 | art:aaaa000000000001 | -"
                                + " | \"leadership-rules\"",
                        "nkg:Leadership | a2:leadership-1 | a2:evidence-1 | art:bbbb000000000002 | 0"
                                + " | \"leadership-rules\"",
                        "nkg:Membership | a1:membership-1 | a1m:8 | art:aaaa000000000001 | 173 | \"corenlp-ner\"",
                        "nkg:Membership | a2:membership-1 | a2:evidence-1 | art:bbbb000000000002 | 0"
                                + " | \"leadership-rules\"",
                        "nkg:Membership | a2:membership-1 | a2m:1 | art:bbbb000000000002 | 0 | \"corenlp-ner\"",
                        "nkg:Quotation | a1:quote-1 | a1:evidence-3 | art:aaaa000000000001 | 189 | \"corenlp-quote\"",
                        "nkg:Quotation | a2:quote-1 | a2:evidence-2 | art:bbbb000000000002 | 97 | \"corenlp-quote\"");
    }

    @Test
    void cooccurrenceCountsArticlesPerPair() {
        assertThat(parse("cooccurrence").getResultVars())
                .containsExactly("entity1", "name1", "entity2", "name2", "articleCount");
        List<String> rows = run("cooccurrence", union, List.of("entity1", "entity2", "articleCount"));
        // 7 entities in article 1 give 21 pairs, 5 in article 2 give 10; Donald Trump and Mexico are in both.
        assertThat(rows).hasSize(30);
        assertThat(rows.get(0)).isEqualTo("person:donald-trump | place:mexico | 2");
        assertThat(rows.subList(1, rows.size())).allMatch(row -> row.endsWith(" | 1"));
        assertThat(rows).contains("organization:americas-program | person:laura-carlsen | 1")
                .doesNotContain("person:laura-carlsen | person:ovidio-guzman | 1");
    }

    private static void assertRows(String name, List<String> columns, String... rows) {
        assertThat(parse(name).getResultVars()).containsExactlyElementsOf(columns);
        assertThat(run(name, union, columns)).containsExactly(rows);
    }

    /** Runs a named query; each row is rendered over {@code columns}, or over all result columns when null. */
    private static List<String> run(String name, DatasetGraph dataset, List<String> columns) {
        return run(name, dataset, columns, UnaryOperator.identity());
    }

    private static List<String> run(String name, DatasetGraph dataset, List<String> columns,
                                    UnaryOperator<Node> normalize) {
        Query query = parse(name);
        List<String> vars = columns == null ? query.getResultVars() : columns;
        List<String> rows = new ArrayList<>();
        var builder = QueryExec.newBuilder().dataset(dataset).query(query);
        PARAMETERS.getOrDefault(name, java.util.Map.of()).forEach(builder::substitution);
        try (QueryExec execution = builder.build()) {
            RowSet results = execution.select();
            while (results.hasNext()) {
                Binding binding = results.next();
                rows.add(vars.stream()
                        .map(v -> binding.get(v) == null ? null : normalize.apply(binding.get(v)))
                        .map(RdfFixtures::show)
                        .collect(Collectors.joining(" | ")));
            }
        }
        return rows;
    }

    /** Values for the queries that take a parameter, as {@code newskg query --param} gives them. */
    private static final java.util.Map<String, java.util.Map<String, Node>> PARAMETERS = java.util.Map.of(
            "quotes-by", java.util.Map.of("who", org.apache.jena.graph.NodeFactory.createLiteralString("laura carlsen")),
            "who-leads", java.util.Map.of("org", org.apache.jena.graph.NodeFactory.createLiteralString("sinaloa cartel")),
            "events-at", java.util.Map.of("at", org.apache.jena.graph.NodeFactory.createLiteralString("mexico")));

    private static Query parse(String name) {
        return QueryFactory.create(RdfFixtures.read(file(name)), Syntax.syntaxSPARQL_11);
    }

    private static Path file(String name) {
        return RdfFixtures.QUERIES.resolve(name + ".rq");
    }
}
