package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * The named queries over two articles that spell the same organization, person and place differently
 * ({@code spellings.trig}), stored in TDB2 on disk: one IRI each, one rdfs:label per spelling in the union, and still
 * one row per fact, named with the longest of the labels (the least among equally long ones).
 */
class SpelledDifferentlyQueriesTest {
    static final Path SPELLINGS = Path.of("src", "test", "resources", "rdf", "spellings.trig");
    static final String ARTICLE_X = RdfFixtures.ID + "article/cccc000000000003";

    /** The columns that hold a resource's name; every other column identifies the fact. */
    private static final Set<String> NAME_COLUMNS = Set.of("personName", "leaderName", "organizationName",
            "relativeName", "relativeOrganizationName", "speakerName", "placeName", "containerName", "name1",
            "name2", "entityName", "label", "participants");
    /**
     * The spellings that a name column must not show: shorter than another spelling of the same entity, or as long
     * and after it in code-point order.
     */
    private static final List<String> NOT_CHOSEN = List.of("Corp Alpha", "Mara Vöss", "St Alba");
    private static final Map<String, Map<String, Node>> PARAMETERS = Map.of(
            "quotes-by", Map.of("who", NodeFactory.createLiteralString("corp. alpha")),
            "who-leads", Map.of("org", NodeFactory.createLiteralString("Corp Alpha")),
            "events-at", Map.of("at", NodeFactory.createLiteralString("norland")));

    @TempDir
    static Path temp;
    private static Tdb2KnowledgeStore store;

    @BeforeAll
    static void storeTheTwoArticles() {
        DatasetGraph articles = DatasetGraphFactory.create();
        RDFParser.source(SPELLINGS).lang(Lang.TRIG).parse(articles);
        store = Tdb2KnowledgeStore.open(temp.resolve("db"));
        articles.listGraphNodes().forEachRemaining(graph -> store.replaceGraph(graph.getURI(),
                sink -> articles.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad)));
    }

    @AfterAll
    static void closeTheStore() {
        store.close();
    }

    static List<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(RdfFixtures.QUERIES)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .map(f -> f.substring(0, f.length() - 3)).sorted().toList();
        }
    }

    @Test
    void theStoreHoldsTwoLabelsForEachEntityTheArticlesSpellDifferently() {
        List<String> labels = rows("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label "
                + "WHERE { <" + RdfFixtures.ID + "organization/corp-alpha> rdfs:label ?label } ORDER BY ?label");
        assertThat(labels).containsExactly("\"Corp Alpha\"", "\"Corp. Alpha\"");
    }

    @ParameterizedTest(name = "{0}.rq")
    @MethodSource("queryNames")
    void everyNamedQueryGivesOneRowPerFactAndOneNamePerEntity(String name) {
        Query query = parse(name);
        List<String> identity = query.getResultVars().stream().filter(v -> !NAME_COLUMNS.contains(v)).toList();
        List<String> names = query.getResultVars().stream().filter(NAME_COLUMNS::contains).toList();

        List<String> facts = run(name, identity);
        List<String> shownNames = run(name, names);

        assertThat(facts).as("%s.rq answers over the two articles", name).isNotEmpty();
        assertThat(facts).as("%s.rq: rows that differ only in a name", name).doesNotHaveDuplicates();
        assertThat(shownNames).as("%s.rq names each entity by the longest of its labels", name)
                .noneMatch(row -> NOT_CHOSEN.stream().anyMatch(spelling -> row.contains("\"" + spelling + "\"")
                        || row.contains(": " + spelling)));
    }

    @Test
    void leadershipIsOneRowWithTheEvidenceOfBothArticles() {
        assertThat(run("leadership", parse("leadership").getResultVars())).containsExactly(
                "person:mara-voss | \"Mara Voss\" | organization:corp-alpha | \"Corp. Alpha\" | \"chief\""
                        + " | nkg:current | 2");
    }

    @Test
    void aTieStatedOnceEachWayIsOneRowWithTheEvidenceOfBoth() {
        assertThat(run("family", parse("family").getResultVars())).containsExactly(
                "person:ivo-voss | \"Ivo Voss\" | nkg:childOf | person:mara-voss | \"Mara Voss\" | 2");
    }

    @Test
    void aTieInOneArticleIsOneRowNotAlsoItsInverse() {
        DatasetGraph articleX = store.read(dataset -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            Node graph = NodeFactory.createURI(ARTICLE_X);
            dataset.asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
            return DatasetGraphFactory.wrap(copy.getUnionGraph());
        });

        assertThat(run(articleX, "family", parse("family").getResultVars())).containsExactly(
                "person:ivo-voss | \"Ivo Voss\" | nkg:childOf | person:mara-voss | \"Mara Vöss\" | 1");
    }

    @Test
    void timelineNamesEachParticipantOnce() {
        assertThat(run("timeline", List.of("event", "placeName", "participants"))).containsExactly(
                "<" + ARTICLE_X + "/event-1> | \"St. Alba\" | \"agent: Corp. Alpha\"",
                "<" + RdfFixtures.ID + "article/dddd000000000004/event-1> | \"St. Alba\" | \"agent: Corp. Alpha\"");
    }

    private static List<String> run(String name, List<String> columns) {
        return store.read(dataset -> run(dataset.asDatasetGraph(), name, columns));
    }

    /** Each row rendered over {@code columns}, values joined by {@code " | "} as {@link RdfFixtures#show} prints. */
    private static List<String> run(DatasetGraph dataset, String name, List<String> columns) {
        var builder = QueryExec.newBuilder().dataset(dataset).query(parse(name));
        PARAMETERS.getOrDefault(name, Map.of()).forEach(builder::substitution);
        List<String> rows = new ArrayList<>();
        try (QueryExec execution = builder.build()) {
            RowSet results = execution.select();
            while (results.hasNext()) {
                Binding row = results.next();
                rows.add(columns.stream().map(c -> RdfFixtures.show(row.get(c))).collect(Collectors.joining(" | ")));
            }
        }
        return rows;
    }

    private static List<String> rows(String query) {
        return store.read(dataset -> {
            List<String> rows = new ArrayList<>();
            try (QueryExec execution = QueryExec.newBuilder().dataset(dataset.asDatasetGraph()).query(query).build()) {
                execution.select().forEachRemaining(row -> rows.add(RdfFixtures.show(row.get("label"))));
            }
            return rows;
        });
    }

    private static Query parse(String name) {
        return QueryFactory.create(RdfFixtures.read(RdfFixtures.QUERIES.resolve(name + ".rq")), Syntax.syntaxSPARQL_11);
    }
}
