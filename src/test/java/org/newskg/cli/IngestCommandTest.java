package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.cli.CliFixtures.MIXED;
import static org.newskg.cli.CliFixtures.NAMES;
import static org.newskg.cli.CliFixtures.NEWS;
import static org.newskg.cli.CliFixtures.article;
import static org.newskg.cli.CliFixtures.graphCount;
import static org.newskg.cli.CliFixtures.quadCount;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.sys.FakeNlpLoader;

/**
 * {@code newskg ingest} over bad input: one line on stderr that names the file, a non-zero exit code, and the store
 * as it was (no database at all when there was none). The NLP models are never loaded for input that is all bad.
 */
class IngestCommandTest {
    private static final String UTF8 = "Save the file as UTF-8 text.";

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.with(NAMES);

    @TempDir
    Path temp;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(Path.of("missing.txt"), "missing.txt: no such file or directory. Check the path."),
                Arguments.of(article("empty.txt"), article("empty.txt")
                        + ": empty file, no article in it. Add the article text or leave the file out."),
                Arguments.of(article("blank.txt"), article("blank.txt")
                        + ": empty file, no article in it. Add the article text or leave the file out."),
                Arguments.of(article("binary.txt"), article("binary.txt")
                        + ": binary file, not text (it contains NUL bytes). " + UTF8),
                Arguments.of(article("latin1.txt"), article("latin1.txt") + " [line 1]: not UTF-8 text: byte 0xE9 "
                        + "cannot be decoded (the file may be Latin-1 or Windows-1252). " + UTF8),
                Arguments.of(article("bad-date.txt"), article("bad-date.txt") + " [line 4]: \"Published at\": "
                        + "expected an ISO-8601 date-time but was 'Nov 7, 2019'. Write it like "
                        + "2019-11-07T01:42:27+00:00 or 2019-11-07."),
                Arguments.of(article("notes.pdf"), article("notes.pdf") + ": unknown file type '.pdf'. newskg reads "
                        + ".txt, .md, .html, .htm, .jsonl, .ndjson, .warc and .warc.gz files."));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileIsOneLineOnStderrAndCreatesNoDatabase(Path file, String message) {
        Path db = temp.resolve("db");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, file);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + message);
        assertThat(db).doesNotExist();
        assertThat(nlp.loads()).isZero();
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileLeavesAnExistingStoreAsItWas(Path file, String message) {
        Path db = temp.resolve("db");
        assertThat(Cli.run(nlp.models(), "ingest", "--db", db, NEWS).exitCode()).isZero();
        long before = quadCount(db);

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, file);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + message);
        assertThat(quadCount(db)).isEqualTo(before);
        assertThat(graphCount(db)).isEqualTo(3);
    }

    @Test
    void aMalformedJsonLineIsReportedWithItsLineAndTheOtherLinesAreIngested() throws IOException {
        Path feed = Files.writeString(temp.resolve("feed.jsonl"), """
                {"title": "Bridge reopens", "text": "The Harbor Bridge in Portmouth reopened."}
                {"title": "Storm warning", "text": "A storm is expected tonight.",
                {"title": "Mayor speaks", "text": "Tom Baker thanked the crews."}
                """);
        Path db = temp.resolve("db");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, feed);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + feed + " [line 2]: not valid JSON at column "
                + "67: Unexpected end-of-input within/between Object entries; the line was '{\"title\": \"Storm "
                + "warning\", \"text\": \"A storm is expected tonight.\",'. Fix the record or remove it.");
        assertThat(cli.out()).startsWith("Ingested 2 articles, ").contains(", 1 skipped into " + db + ".");
        assertThat(graphCount(db)).isEqualTo(2);
    }

    @Test
    void aFolderWithABadAndAGoodFileIngestsTheGoodOneAndReportsTheBadOne() {
        Path db = temp.resolve("db");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, MIXED);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + MIXED.resolve("a-latin1.txt")
                + " [line 1]: not UTF-8 text: byte 0xE9 cannot be decoded (the file may be Latin-1 or "
                + "Windows-1252). " + UTF8);
        assertThat(cli.out()).startsWith("Ingested 1 article, ").endsWith(", 1 skipped into " + db + ".\n");
        assertThat(graphCount(db)).isEqualTo(1);
    }

    @Test
    void aDatabaseUnderARegularFileIsRefusedBeforeAnythingIsRead() throws IOException {
        Path file = Files.writeString(temp.resolve("somefile"), "not a folder");
        Path db = file.resolve("db");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, NEWS);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + db + ": cannot create the database here: '"
                + file.toAbsolutePath() + "' is a file. Choose a writable directory with --db.");
        assertThat(cli.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("not a folder");
        assertThat(nlp.loads()).isZero();
    }

    @Test
    void aBadPublishedOptionIsAUsageError() {
        Path db = temp.resolve("db");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, "--published", "05/01/2024", NEWS);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly(
                "newskg: error: Invalid value for option '--published': expected an ISO-8601 date or date-time such "
                        + "as 2019-11-07 or 2019-11-07T01:42:27Z but was '05/01/2024'",
                "Try 'newskg ingest --help' for more information.");
        assertThat(db).doesNotExist();
    }

    @Test
    void zeroThreadsIsAUsageError() {
        Path db = temp.resolve("db");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, "--threads", "0", NEWS);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: --threads must be at least 1 but was 0",
                "Try 'newskg ingest --help' for more information.");
        assertThat(db).doesNotExist();
    }
}
