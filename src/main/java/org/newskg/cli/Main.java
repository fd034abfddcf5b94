package org.newskg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code newskg} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line in-process, as tests do, and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(out, err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, CommandLine.defaultFactory());
    }

    /** The command line, with its commands made by {@code factory} (a test's, say, with other pipeline parts). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new NewsKgCommand(), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setExitCodeExceptionMapper(ExitCodes::forException);
        commandLine.setParameterExceptionHandler(ErrorHandler::usage);
        return commandLine;
    }
}
