package org.newskg.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newskg.article.ReadResult.FIXTURES;
import static org.newskg.article.ReadResult.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {
    private static final String UTF8 = "Save the file as UTF-8 text.";
    private static final String EMPTY = ": empty file, no article in it. Add the article text or leave the file out.";

    @Test
    void readsAFolderInFileOrderWithTheProblemsAUserSees() {
        List<String> events = new ArrayList<>();

        ArticleSource.files().read(List.of(FIXTURES), ReadOptions.defaults(),
                article -> events.add("article " + article.source()),
                problem -> events.add("problem " + problem.message()));

        assertThat(events).containsExactly(
                "article 00_seed.md",
                "article 00_seed.txt",
                "problem " + fixture("bad-date.txt") + " [line 4]: \"Published at\": expected an ISO-8601 date-time "
                        + "but was 'Nov 7, 2019'. Write it like 2019-11-07T01:42:27+00:00 or 2019-11-07.",
                "problem " + fixture("binary.txt") + ": binary file, not text (it contains NUL bytes). " + UTF8,
                "problem " + fixture("blank.txt") + EMPTY,
                "article bom-crlf.txt",
                "problem " + fixture("empty.txt") + EMPTY,
                "article feed.jsonl:1",
                "problem " + fixture("feed.jsonl") + " [line 2]: field \"published\": expected an ISO-8601 date-time "
                        + "but was '05/01/2024'. Fix the record or remove it.",
                "article feed.jsonl:4",
                "problem " + fixture("feed.jsonl") + " [line 5]: not valid JSON at column 67: Unexpected end-of-input "
                        + "within/between Object entries; the line was '{\"title\": \"Storm warning\", \"text\": "
                        + "\"A storm is expected tonight.\",'. Fix the record or remove it.",
                "article feed.jsonl:6",
                "problem " + fixture("latin1.txt") + " [line 1]: not UTF-8 text: byte 0xE9 cannot be decoded (the "
                        + "file may be Latin-1 or Windows-1252). " + UTF8,
                "article page.html",
                "article plain.txt");
    }

    @Test
    void reportsBadInputsAndReadsTheRest() {
        ReadResult result = ReadResult.read(ArticleSource.files(),
                List.of(fixture("notes.pdf"), Path.of("missing.txt"), fixture("plain.txt")), ReadOptions.defaults());

        assertThat(result.articles()).extracting(Article::source).containsExactly("plain.txt");
        assertThat(result.messages()).containsExactly(
                fixture("notes.pdf") + ": unknown file type '.pdf'. newskg reads .txt, .md, .html, .htm, .jsonl, "
                        + ".ndjson, .warc and .warc.gz files.",
                "missing.txt: no such file or directory. Check the path.");
    }

    @Test
    void anArticleNamesItsFileBelowTheFolderGivenOrByItsNameNeverByAnAbsolutePath(@TempDir Path temp)
            throws IOException {
        Path folder = Files.createDirectories(temp.resolve("feeds").resolve("2024"));
        Files.writeString(folder.resolve("may.jsonl"), "{\"title\": \"T\", \"text\": \"Text.\"}\n");
        Path single = Files.writeString(temp.resolve("story.txt"), "Title\nText.\n");

        ReadResult result = ReadResult.read(ArticleSource.files(),
                List.of(temp.resolve("feeds").toAbsolutePath(), single.toAbsolutePath()), ReadOptions.defaults());

        assertThat(result.articles()).extracting(Article::source).containsExactly("2024/may.jsonl:1", "story.txt");
        assertThat(result.articles()).extracting(Article::source).noneMatch(s -> s.contains(temp.toString()));
    }

    @Test
    void readAllStopsAtTheFirstProblem() {
        ArticleSource source = ArticleSource.files();

        assertThat(source.readAll(List.of(fixture("plain.txt"), fixture("page.html")), ReadOptions.defaults()))
                .extracting(Article::title)
                .containsExactly("Harbor bridge reopens after repairs", "Harbor bridge reopens after repairs");
        assertThatThrownBy(() -> source.readAll(List.of(fixture("empty.txt")), ReadOptions.defaults()))
                .isInstanceOfSatisfying(ArticleException.class,
                        e -> assertThat(e.problem().source()).isEqualTo(fixture("empty.txt").toString()))
                .hasMessage(fixture("empty.txt") + EMPTY);
    }
}
