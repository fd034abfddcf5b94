package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.cli.CliFixtures.QUERIES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.sys.FakeNlpLoader;

/** {@code newskg query} over a store holding the two hand-written articles of {@code rdf/dataset.trig}. */
class QueryCommandTest {
    private static final String TITLES = "PREFIX nkg: <https://w3id.org/newskg/ns#> "
            + "SELECT ?title ?published WHERE { ?a a nkg:Article ; nkg:title ?title "
            + "OPTIONAL { ?a nkg:published ?published } } ORDER BY ?title";
    private static final String FIRST = "Son of El Chapo arrested in Culiacán";
    private static final String SECOND = "The drug war is unwinnable, analyst says";

    @TempDir
    static Path shared;
    static Path db;

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.forbidden();

    @TempDir
    Path temp;

    @BeforeAll
    static void storeTheTwoArticles() {
        db = shared.resolve("db");
        CliFixtures.storeDatasetTrig(db);
        assertThat(CliFixtures.graphCount(db)).isEqualTo(2);
    }

    @Test
    void csvIsTheSparqlResultsFormatWithAHeaderRowOfVariableNames() {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "--format", "csv", TITLES);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).isEqualTo("title,published\r\n"
                + FIRST + ",2019-11-07T01:42:27Z\r\n"
                + "\"" + SECOND + "\",\r\n");
    }

    @Test
    void aParameterIsBoundAsATermNotPastedIntoTheQuery() {
        String byTitle = "PREFIX nkg: <https://w3id.org/newskg/ns#> "
                + "SELECT ?a WHERE { ?a a nkg:Article ; nkg:title ?t FILTER (STR(?t) = STR(?title)) }";

        Cli found = Cli.run(nlp.models(), "query", "--db", db, "--format", "csv", "--param", "title=" + FIRST, byTitle);
        Cli injected = Cli.run(nlp.models(), "query", "--db", db, "--format", "csv",
                "--param", "title=x\") || true || (\"", byTitle);

        assertThat(found.exitCode()).as(found.toString()).isZero();
        assertThat(found.out().lines()).hasSize(2);
        assertThat(injected.exitCode()).as(injected.toString()).isZero();
        assertThat(injected.out()).isEqualTo("a\r\n");
    }

    @Test
    void aParameterNameMustBeAVariableName() {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "--param", "?bad name=1", TITLES);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("newskg: error: --param ?bad name=...: '?bad name' is not a SPARQL "
                + "variable name.");
    }

    @Test
    void tsvIsTheSparqlResultsFormatWithRdfTermsAndQuestionMarkedVariables() {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "-f", "tsv", TITLES);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).isEqualTo("?title\t?published\n"
                + "\"" + FIRST + "\"\t\"2019-11-07T01:42:27Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>\n"
                + "\"" + SECOND + "\"\t\n");
    }

    @Test
    void jsonIsTheSparqlResultsFormat() throws IOException {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "--format", "json", TITLES);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.at("/head/vars").toString()).isEqualTo("[\"title\",\"published\"]");
        JsonNode rows = json.at("/results/bindings");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).at("/title/value").asText()).isEqualTo(FIRST);
        assertThat(rows.get(0).at("/published/datatype").asText())
                .isEqualTo("http://www.w3.org/2001/XMLSchema#dateTime");
        assertThat(rows.get(1).at("/title/value").asText()).isEqualTo(SECOND);
        assertThat(rows.get(1).has("published")).isFalse();
    }

    @Test
    void tableIsTheDefault() {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, TITLES);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.outLines()).hasSize(6);
        assertThat(cli.outLines().get(1)).matches("\\| title +\\| published +\\|");
        assertThat(cli.outLines().get(3)).startsWith("| \"" + FIRST + "\" ")
                .contains("\"2019-11-07T01:42:27Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>");
        assertThat(cli.outLines().get(4)).startsWith("| \"" + SECOND + "\" ");
    }

    @Test
    void aQueryFileIsRead() {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "--format", "csv", QUERIES.resolve("people.rq"));

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.outLines()).first().isEqualTo("person,label");
        assertThat(cli.outLines()).contains("http://localhost:3030/newskg/id/person/laura-carlsen,Laura Carlsen");
    }

    @Test
    void queriesSeeTheUnionOfAllArticlesAsTheDefaultGraph() {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "--format", "csv",
                "PREFIX nkg: <https://w3id.org/newskg/ns#> "
                + "SELECT ?article WHERE { <http://localhost:3030/newskg/id/person/donald-trump> nkg:mentionedIn "
                + "?article } ORDER BY ?article");

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.outLines()).containsExactly("article",
                "http://localhost:3030/newskg/id/article/aaaa000000000001",
                "http://localhost:3030/newskg/id/article/bbbb000000000002");
    }

    @Test
    void aSyntaxErrorInAQueryFileNamesTheFileLineAndColumn() {
        Path file = QUERIES.resolve("broken.rq");

        Cli cli = Cli.run(nlp.models(), "query", "--db", db, file);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + file + " [line 6, col 1]: SPARQL syntax "
                + "error: unexpected '}'. Fix the query and run it again.");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aSyntaxErrorInlineIsReportedAsTheQuery() {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "SELECT ?s WHERE { ?s ?p }");

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: query [line 1, col 25]: SPARQL syntax error: "
                + "unexpected '}'. Fix the query and run it again.");
    }

    @Test
    void aMissingDatabaseIsReportedAndNotCreated() {
        Path missing = temp.resolve("nodb");

        Cli cli = Cli.run(nlp.models(), "query", "--db", missing, TITLES);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + missing + ": no newskg database here. Run "
                + "'newskg ingest' first or pass --db.");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMissingQueryFileIsReported() {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "nosuch.rq");

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly(
                "newskg: error: nosuch.rq: no such query file. Give a .rq file or the query text.");
    }

    @Test
    void aQueryFileThatIsNotUtf8IsBadInputNotAnInternalError() throws IOException {
        Path file = Files.write(temp.resolve("latin1.rq"),
                "SELECT * WHERE { ?s ?p \"caf\u00e9\" }\n".getBytes(StandardCharsets.ISO_8859_1));

        Cli cli = Cli.run(nlp.models(), "query", "--db", db, file);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + file + ": not UTF-8 text. Save the query "
                + "file as UTF-8 text.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "CSV"})
    void anUnknownFormatIsAUsageErrorListingTheFormats(String format) {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "--format", format, TITLES);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: Invalid value for option '--format': expected one "
                        + "of [table, csv, tsv, json] (case-sensitive) but was '" + format + "'",
                "Try 'newskg query --help' for more information.");
    }
}
