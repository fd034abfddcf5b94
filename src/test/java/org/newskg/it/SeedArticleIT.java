package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.SparqlServer;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.NamedQueries;

/**
 * Ingests {@code data/articles} with the real CoreNLP models, then checks what a user checks: the graph conforms to
 * the shapes, the named queries find the article's people, organizations and places, each as one node, re-ingesting
 * changes nothing, and the graph is served over SPARQL, read-only. CoreNLP, TDB2 and Fuseki share this one JVM.
 */
@Tag("corenlp")
@ExtendWith(SharedCoreNlp.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedArticleIT {
    @TempDir
    static Path temp;

    static Path db;
    static CliRunner firstIngest;

    @BeforeAll
    static void ingest() {
        db = temp.resolve("db");
        firstIngest = CliRunner.run("ingest", "--db", db.toString(), "data/articles");
    }

    @Test
    @Order(1)
    void ingestSucceedsAndSummarizes() {
        assertThat(firstIngest.err()).doesNotContain("error");
        assertThat(firstIngest.exitCode()).isZero();
        assertThat(firstIngest.out()).containsPattern("Ingested 1 article, \\d+ triples, [\\d.]+ s into ");
    }

    @Test
    @Order(2)
    void graphConformsToTheShapes() {
        CliRunner validate = CliRunner.run("validate", "--db", db.toString());
        assertThat(validate.out()).startsWith("Conforms");
        assertThat(validate.exitCode()).isZero();
    }

    @Test
    @Order(3)
    void entitiesAreFoundOnceEach() {
        Map<String, Set<String>> entitiesByName = entitiesByName();
        assertThat(entitiesByName).containsKeys("Donald Trump", "Trump", "Laura Carlsen", "Carlsen",
                "Alfonso Durazo", "Sinaloa Cartel", "Center for International Policy", "Mexico", "Sonora",
                "Mexico City", "El Chapo");
        assertThat(entitiesByName.get("Trump")).isEqualTo(entitiesByName.get("Donald Trump")).hasSize(1);
        assertThat(entitiesByName.get("Carlsen")).isEqualTo(entitiesByName.get("Laura Carlsen")).hasSize(1);
        assertThat(entitiesByName.get("El Chapo")).as("the nickname is an alias of one person").hasSize(1)
                .allMatch(iri -> iri.contains("/person/"));
        assertThat(entitiesByName.get("Mexico City")).isNotEqualTo(entitiesByName.get("Mexico"));
        assertThat(entitiesByName.keySet()).as("pronouns are not entities").doesNotContain("she", "he", "his");
        assertThat(entitiesByName.getOrDefault("Washington", Set.of()))
                .as("Washington for the US government is not a person").noneMatch(iri -> iri.contains("/person/"));
    }

    @Test
    @Order(4)
    void quotationsGoToTheirSpeakersAndNicknamesAreNotQuotations() {
        Map<String, String> speakerByText = new java.util.LinkedHashMap<>();
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            store.read(ds -> {
                try (QueryExecution qe = QueryExecution.create(NamedQueries.text("quotes"), ds)) {
                    qe.execSelect().forEachRemaining(row -> speakerByText.put(row.getLiteral("text").getString(),
                            row.getLiteral("speakerName").getString()));
                }
                return null;
            });
        }
        assertThat(speakerByText.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).startsWith("If Mexico needs or requests help");
            assertThat(e.getValue()).isEqualTo("Donald Trump");
        });
        assertThat(speakerByText.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).startsWith("This is a model that was imposed");
            assertThat(e.getValue()).as("'she said' is Laura Carlsen").isEqualTo("Laura Carlsen");
        });
        assertThat(speakerByText.keySet()).noneMatch(text -> text.equals("El Chapo"))
                .noneMatch(text -> text.equals("legitimate"));
    }

    @Test
    @Order(4)
    void everyNamedQueryRuns() {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            for (String name : NamedQueries.SCORED) {
                store.read(ds -> {
                    try (QueryExecution qe = QueryExecution.create(NamedQueries.text(name), ds)) {
                        qe.execSelect().forEachRemaining(row -> { });
                    }
                    return null;
                });
            }
        }
    }

    @Test
    @Order(5)
    void reingestingChangesNothing() {
        long before = quadCount();
        CliRunner again = CliRunner.run("ingest", "--db", db.toString(), "data/articles");
        assertThat(again.exitCode()).isZero();
        assertThat(quadCount()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void servedOverHttpReadOnly() throws Exception {
        try (SparqlServer server = SparqlServer.create().database(db).port(0).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            String query = "PREFIX nkg: <https://w3id.org/newskg/ns#> SELECT ?name WHERE { ?p a nkg:Person ; "
                    + "nkg:name ?name }";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.endpointUrl()
                            + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"Laura Carlsen\"", "\"Donald Trump\"");

            long before = quadCount();
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).isBetween(400, 499);
            assertThat(quadCount()).isEqualTo(before);
        }
    }

    private static long quadCount() {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            return store.quadCount();
        }
    }

    private static Map<String, Set<String>> entitiesByName() {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            return store.read(ds -> {
                Map<String, Set<String>> result = new java.util.TreeMap<>();
                try (QueryExecution qe = QueryExecution.create(NamedQueries.text("entities"), ds)) {
                    List<QuerySolution> rows = new ArrayList<>();
                    qe.execSelect().forEachRemaining(rows::add);
                    for (QuerySolution row : rows) {
                        result.computeIfAbsent(row.getLiteral("name").getString(), k -> new TreeSet<>())
                                .add(row.getResource("entity").getURI());
                    }
                }
                return result;
            });
        }
    }
}
