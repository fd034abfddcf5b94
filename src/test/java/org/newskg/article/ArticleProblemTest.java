package org.newskg.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ArticleProblemTest {

    @Test
    void messageWithLine() {
        ArticleProblem problem = ArticleProblem.at("feeds/a.jsonl", 12,
                "field \"published\": expected an ISO-8601 date-time but was " + ArticleProblem.quote("05/01/2024"),
                "Fix the record or remove it.");

        assertThat(problem.message()).isEqualTo("feeds/a.jsonl [line 12]: field \"published\": expected an ISO-8601 "
                + "date-time but was '05/01/2024'. Fix the record or remove it.");
        assertThat(problem.line()).isEqualTo(OptionalInt.of(12));
    }

    @Test
    void messageWithoutLine() {
        ArticleProblem problem = ArticleProblem.of("notes.pdf", "unknown file type '.pdf'",
                "newskg reads .txt, .md, .html, .htm, .jsonl, .ndjson, .warc and .warc.gz files.");

        assertThat(problem.message()).isEqualTo("notes.pdf: unknown file type '.pdf'. newskg reads .txt, .md, .html, "
                + ".htm, .jsonl, .ndjson, .warc and .warc.gz files.");
    }

    @Test
    void quoteCutsLongValuesAt80Characters() {
        String quoted = ArticleProblem.quote("x".repeat(100));

        assertThat(quoted).isEqualTo("'" + "x".repeat(80) + "...'");
        assertThat(ArticleProblem.quote("x".repeat(80))).isEqualTo("'" + "x".repeat(80) + "'");
    }

    @Test
    void messageIsOneLineEvenWithLineBreaksInValues() {
        ArticleProblem problem = ArticleProblem.of("a.txt", "bad value " + ArticleProblem.quote("one\ntwo"),
                "Fix it.");

        assertThat(problem.message()).isEqualTo("a.txt: bad value 'one\\ntwo'. Fix it.").doesNotContain("\n");
    }

    @Test
    void exceptionCarriesTheProblem() {
        ArticleProblem problem = ArticleProblem.of("a.txt", "empty file, no article in it", "Add text.");

        ArticleException e = new ArticleException(problem);

        assertThat(e.problem()).isSameAs(problem);
        assertThat(e).hasMessage("a.txt: empty file, no article in it. Add text.");
    }
}
