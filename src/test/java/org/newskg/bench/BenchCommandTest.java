package org.newskg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.sys.Models;

/** {@code newskg bench} run in-process, with an engine that loads no models. */
class BenchCommandTest {
    @TempDir
    Path temp;

    private final Models models = new Models(() -> new FakeNlpEngine(10), () -> {
        throw new AssertionError("the bench command loaded the baseline without --baseline");
    });
    private String out;
    private String err;

    @BeforeEach
    void noModels() throws IOException {
        Files.createDirectories(temp.resolve("articles"));
        Files.copy(Path.of("src/test/resources/articles/00_seed.txt"), temp.resolve("articles/00_seed.txt"));
    }

    private int run(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int code = Main.run(models, new PrintWriter(outText, true), new PrintWriter(errText, true), args);
        out = outText.toString();
        err = errText.toString();
        return code;
    }

    @Test
    void printsTheTableAndAppendsMarkdown() throws IOException {
        Path markdown = temp.resolve("docs/bench.md");
        String[] args = {"bench", "--articles", temp.resolve("articles").toString(), "--repeat", "3", "--threads",
            "1,2", "--warmup", "1", "--markdown", markdown.toString()};
        assertThat(run(args)).as(err).isZero();
        assertThat(out).contains("NLP model load: 1.2 s").contains("1 thread").contains("2 threads")
                .contains("3 articles per run, 1 distinct from " + temp.resolve("articles"))
                .containsPattern("Command: newskg bench --articles \\S+ --repeat 3 --threads 1,2 --warmup 1");
        assertThat(err).contains("newskg bench: loading the NLP models").contains("with 2 threads");
        assertThat(run(args)).isZero();
        String text = Files.readString(markdown);
        assertThat(text).startsWith("## Run of ");
        assertThat(text.split("## Run of ", -1)).hasSize(3);
        assertThat(text).contains("| articles per minute |").contains("|---|---:|---:|");
    }

    @Test
    void aThreadCountBelowOneIsAUsageError() {
        assertThat(run("bench", "--articles", temp.resolve("articles").toString(), "--threads", "1,0")).isEqualTo(2);
        assertThat(err).startsWith("newskg: error: --threads: each count must be at least 1 but was 0 in '1,0'");
    }

    @Test
    void aRepeatBelowOneIsAUsageError() {
        assertThat(run("bench", "--repeat", "0")).isEqualTo(2);
        assertThat(err).startsWith("newskg: error: --repeat must be at least 1 but was 0");
    }

    @Test
    void aMissingFolderSaysWhatToDo() {
        assertThat(run("bench", "--articles", temp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err).isEqualTo("newskg: error: " + temp.resolve("nowhere")
                + ": no such folder. Pass --articles DIR with articles.\n");
    }

    @Test
    void aFolderWithoutArticlesSaysWhatToDo() throws IOException {
        Files.createDirectories(temp.resolve("empty"));
        assertThat(run("bench", "--articles", temp.resolve("empty").toString())).isEqualTo(2);
        assertThat(err).contains(temp.resolve("empty") + ": no articles could be read.");
    }
}
