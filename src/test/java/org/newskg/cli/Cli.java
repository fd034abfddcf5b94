package org.newskg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.newskg.sys.Models;

/**
 * One in-process run of the {@code newskg} command line and what it printed.
 *
 * @param exitCode the exit code the process would end with
 * @param out      everything written to stdout
 * @param err      everything written to stderr
 */
record Cli(int exitCode, String out, String err) {

    /** Models for commands that must not load any: loading one fails the test. */
    static final Models NO_MODELS = new Models(() -> {
        throw new AssertionError("a command loaded the NLP engine in a test that gives none");
    }, () -> {
        throw new AssertionError("a command loaded the baseline in a test that gives none");
    });

    /** A run whose commands must not load NLP models. */
    static Cli run(Object... args) {
        return run(NO_MODELS, args);
    }

    /** A run whose commands load their NLP engine with {@code models}. */
    static Cli run(Models models, Object... args) {
        return runWith(new CommandFactory(models), args);
    }

    /** A run whose commands {@code factory} makes, e.g. with other pipeline parts. */
    static Cli runWith(picocli.CommandLine.IFactory factory, Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), factory)
                .execute(strings);
        return new Cli(code, out.toString(), err.toString());
    }

    /** The lines on stderr. */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** The lines on stdout. */
    List<String> outLines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
