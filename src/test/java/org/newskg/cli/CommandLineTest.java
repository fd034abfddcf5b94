package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.sys.FakeNlpLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** What every command does with --help, unknown options and internal errors. */
class CommandLineTest {
    private static final List<String> COMMON = List.of("--db=DIR", "--verbose", "--help", "--version");
    private static final String INTERNAL_ERROR = "newskg: error: internal error: java.lang.IllegalStateException: "
            + "the disk is on fire. Rerun with --verbose and report the stack trace.";

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.forbidden();

    @TempDir
    Path temp;

    static Stream<Arguments> commandsAndTheirOptions() {
        return Stream.of(
                Arguments.of("ingest", concat(COMMON, "PATH", "--published=DATE-TIME", "--threads=N",
                        "--max-article-chars=N", "--max-sentence-chars=N", "--article-timeout=SECONDS", "--base=IRI",
                        "--nlp-cache=DIR", "--endpoint=URL", "--user=USER", "--password-file=FILE", "--resume")),
                Arguments.of("load", concat(COMMON, "--nquads=DIR", "--base=IRI")),
                Arguments.of("query", concat(COMMON, "QUERY", "--format=FORMAT", "-f", "--param=NAME=VALUE", "--timeout=SECONDS")),
                Arguments.of("serve", concat(COMMON, "--port=PORT", "--timeout=SECONDS", "--public", "--allow-service",
                        "--allow-update",
                        "--base=URL", "--user=USER", "--password-file=FILE", "--watch=DIR", "--watch-interval=MILLIS",
                        "--feed=URL", "--feed-interval=SECONDS", "--feed-host-delay=MILLIS",
                        "--ingest-wait=SECONDS")),
                Arguments.of("push", concat(COMMON, "--endpoint=URL", "--user=USER", "--password-file=FILE")),
                Arguments.of("validate", COMMON),
                Arguments.of("publish", concat(COMMON, "--out=DIR", "--base=URL", "--endpoint=URL")),
                Arguments.of("evaluate", List.of("GOLD_DIR", "--floors=FILE", "--nlp-cache=DIR", "--baseline=NAME",
                        "--world=auto|open|closed", "--threads=N", "--limit=N", "--by-rule", "--verbose", "--help",
                        "--version")),
                Arguments.of("demo", concat(COMMON, "--articles=DIR", "--no-serve", "--port=PORT",
                        "--timeout=SECONDS", "--public", "--allow-service")));
    }

    @ParameterizedTest
    @MethodSource("commandsAndTheirOptions")
    void helpExitsZeroAndExplainsEveryOption(String command, List<String> options) {
        Cli cli = Cli.run(nlp.models(), command, "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).startsWith("Usage: newskg " + command + " ");
        assertThat(cli.out()).contains(options);
        CommandLine.Model.CommandSpec spec = Main.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), nlp.models()).getSubcommands().get(command).getCommandSpec();
        assertThat(spec.options()).allSatisfy(option -> {
            assertThat(options).anySatisfy(listed -> assertThat(listed).startsWith(option.longestName()));
            assertThat(String.join(" ", option.description())).isNotBlank();
        });
    }

    @Test
    void theTopLevelHelpListsEveryCommandAndTellsTheTruthAboutTheirOptions() {
        Cli cli = Cli.run(nlp.models(), "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("  ingest ", "  query ", "  serve ", "  push ", "  validate ", "  publish ",
                "  evaluate ", "  demo ", "  load ");
        assertThat(cli.out()).contains("Every command but evaluate takes --db DIR");
        assertThat(Cli.run(nlp.models(), "evaluate", "--db", temp, temp).errLines()).first().asString()
                .startsWith("newskg: error: Unknown options: '--db', ");
    }

    @ParameterizedTest
    @CsvSource({"ingest, some.txt", "query, queries/entities.rq", "serve,",
        "push, --endpoint=http://localhost:3030/ds", "validate,", "evaluate, gold", "demo,"})
    void anUnknownOptionExitsTwoWithAHint(String command, String parameter) {
        Cli cli = parameter == null ? Cli.run(nlp.models(), command, "--bogus") : Cli.run(nlp.models(), command,
                "--bogus", parameter);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines()).hasSize(2);
        assertThat(cli.errLines().get(0)).startsWith("newskg: error: ").contains("'--bogus'");
        assertThat(cli.errLines().get(1)).isEqualTo("Try 'newskg " + command + " --help' for more information.");
    }

    @Test
    void anUnknownCommandExitsTwoWithAHint() {
        Cli cli = Cli.run(nlp.models(), "ingets", "articles");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: Unmatched arguments from index 0: 'ingets', "
                + "'articles'", "Try 'newskg --help' for more information.");
    }

    @Test
    void aMissingParameterExitsTwoWithAHint() {
        Cli cli = Cli.run(nlp.models(), "ingest", "--db", temp.resolve("db"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: Missing required parameter: 'PATH'",
                "Try 'newskg ingest --help' for more information.");
        assertThat(temp.resolve("db")).doesNotExist();
    }

    @Test
    void anInternalErrorIsOneLineWithoutVerbose() {
        Cli cli = runFailing("fail");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(cli.errLines()).containsExactly(INTERNAL_ERROR);
    }

    @Test
    void anInternalErrorComesWithItsStackTraceWithVerbose() {
        Cli cli = runFailing("fail", "--verbose");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(cli.errLines().get(0)).isEqualTo(INTERNAL_ERROR);
        assertThat(cli.errLines().get(1)).isEqualTo("java.lang.IllegalStateException: the disk is on fire");
        assertThat(cli.errLines().get(2)).startsWith("\tat org.newskg.cli.CommandLineTest$Failing.call(");
    }

    /** Runs a command line built as {@link Main} builds it, with one more command that fails. */
    private static Cli runFailing(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                Cli.NO_MODELS);
        commandLine.addSubcommand("fail", new Failing());
        commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    private static List<String> concat(List<String> first, String... more) {
        return Stream.concat(first.stream(), Stream.of(more)).toList();
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Mixin
        private CommonOptions common;

        @Override
        public Integer call() {
            throw new IllegalStateException("the disk is on fire");
        }
    }
}
