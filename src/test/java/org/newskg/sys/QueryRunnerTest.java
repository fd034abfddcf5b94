package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPARQL syntax errors as the user sees them: where the offending token is, and what is wrong, in one line. */
class QueryRunnerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT ?s WHERE { ?s ?p }                | [line 1, col 25] | unexpected '}'
            SELECT * WHERE { ?s ?p ?o                | [line 1, col 25] | the query ends too early
            SELECT * WHERE { ?s foo:bar ?o }         | [line 1, col 21] | Unresolved prefixed name: foo:bar
            SELECT * WHERE { ?s ?p "abc }            | [line 1, col 30] | the query ends too early
            SELECT * WHERE { ?s ?p ?o . ?s § ?o }    | [line 1, col 32] | unexpected character '§'
            SELECT ?x WHERE { ?s ?p ?o } GROUP BY ?s |                  | Non-group key variable in SELECT: ?x
            INSERT DATA { <a> <b> <c> }              | [line 1, col 1]  | unexpected 'INSERT DATA'
            """)
    void aSyntaxErrorSaysWhereAndWhatInOneShortLine(String query, String where, String what) {
        assertThatThrownBy(() -> QueryRunner.parse(new QueryRunner.Source("q.rq", query)))
                .isInstanceOf(QueryRunner.QuerySyntaxException.class)
                .hasMessage("q.rq" + (where == null ? "" : " " + where) + ": SPARQL syntax error: " + what
                        + ". Fix the query and run it again.");
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 6, 1", "2, 1, 8, 1", "0, 4, 6, 4"})
    void theLineAndColumnAreThoseOfTheOffendingTokenNotOfTheTokenBefore(int leadingLines, int column, int line,
                                                                         int expectedColumn) {
        String query = "\n".repeat(leadingLines) + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?label\nWHERE {\n    ?s rdfs:label ?label\n    FILTER (\n" + " ".repeat(column - 1) + "}\n";
        assertThatThrownBy(() -> QueryRunner.parse(new QueryRunner.Source("q.rq", query)))
                .hasMessageStartingWith("q.rq [line " + line + ", col " + expectedColumn + "]: ");
    }
}
