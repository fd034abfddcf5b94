package org.newskg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One in-process run of the {@code newskg} command line and what it printed.
 *
 * @param exitCode the exit code the process would end with
 * @param out      everything written to stdout
 * @param err      everything written to stderr
 */
record Cli(int exitCode, String out, String err) {

    static Cli run(Object... args) {
        return runWith(picocli.CommandLine.defaultFactory(), args);
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
