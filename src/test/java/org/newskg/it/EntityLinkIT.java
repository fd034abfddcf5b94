package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * The seed article's Wikipedia links with the real models and the real dictionary index (built into the cache on
 * first use): the right pages are sure, and the namesakes that plain CoreNLP picks are not linked.
 */
@Tag("corenlp")
@ExtendWith(SharedCoreNlp.class)
class EntityLinkIT {
    private static final String LINKS = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?name ?relation ?page WHERE {
              ?e rdfs:label ?name ; ?relation ?page .
              FILTER(?relation IN (owl:sameAs, skos:closeMatch))
            }""";

    @TempDir
    static Path temp;

    static Map<String, String> pageByName;

    @BeforeAll
    static void ingest() {
        Path db = temp.resolve("db");
        CliRunner ingest = CliRunner.run("ingest", "--db", db.toString(), "data/articles");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            pageByName = store.read(ds -> {
                Map<String, String> result = new TreeMap<>();
                try (QueryExecution qe = QueryExecution.create(LINKS, ds)) {
                    qe.execSelect().forEachRemaining(row -> result.put(row.getLiteral("name").getString(),
                            row.getResource("relation").getLocalName() + " " + row.getResource("page").getURI()));
                }
                return result;
            });
        }
    }

    @Test
    void theArticlesPeopleAndOrganizationsAreSurelyTheirPages() {
        assertThat(pageByName).containsEntry("Donald Trump", "sameAs http://dbpedia.org/resource/Donald_Trump")
                .containsEntry("Laura Carlsen", "sameAs http://dbpedia.org/resource/Laura_Carlsen")
                .containsEntry("Alfonso Durazo", "sameAs http://dbpedia.org/resource/Alfonso_Durazo")
                .containsEntry("Sinaloa Cartel", "sameAs http://dbpedia.org/resource/Sinaloa_Cartel")
                .containsEntry("Joaquín Guzmán", "sameAs http://dbpedia.org/resource/Joaquín_Guzmán");
    }

    @Test
    void namesakesAreNotLinked() {
        assertThat(pageByName.values()).noneMatch(page -> page.endsWith("/Carlsen_Verlag") || page.endsWith("/Ovid")
                || page.endsWith("/Gastón_Guzmán") || page.endsWith("/Joaquín_Sánchez"));
        assertThat(pageByName).doesNotContainKey("Ovidio");
    }
}
