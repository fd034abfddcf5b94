package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPARQL syntax errors as the user sees them: where the offending token is, and what is wrong, in one line. */
class QueryRunnerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT ?s WHERE { ?s ?p }                 | q.rq [line 1, col 25]: SPARQL syntax error: unexpected '}'
            SELECT * WHERE { ?s ?p ?o                 | q.rq [line 1, col 25]: SPARQL syntax error: the query ends too early
            SELECT * WHERE { ?s foo:bar ?o }          | q.rq [line 1, col 21]: SPARQL syntax error: Unresolved prefixed name: foo:bar
            SELECT * WHERE { ?s ?p "abc }             | q.rq [line 1, col 30]: SPARQL syntax error: the query ends too early
            SELECT * WHERE { ?s ?p ?o . ?s § ?o }     | q.rq [line 1, col 32]: SPARQL syntax error: unexpected character '§'
            SELECT ?x WHERE { ?s ?p ?o } GROUP BY ?s  | q.rq: SPARQL syntax error: Non-group key variable in SELECT: ?x
            INSERT DATA { <a> <b> <c> }               | q.rq [line 1, col 1]: SPARQL syntax error: unexpected 'INSERT DATA'
            """)
    void aSyntaxErrorSaysWhereAndWhatInOneShortLine(String query, String message) {
        assertThatThrownBy(() -> QueryRunner.parse(new QueryRunner.Source("q.rq", query)))
                .isInstanceOf(QueryRunner.QuerySyntaxException.class)
                .hasMessage(message + ". Fix the query and run it again.");
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
