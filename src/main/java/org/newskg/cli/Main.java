package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.sys.Models;
import picocli.CommandLine;

/** Entry point of the {@code newskg} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line in-process with newskg's CoreNLP models and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Models.coreNlp(), out, err, args);
    }

    /** Runs the command line in-process with these models (a test's fake engine, say) and returns the exit code. */
    public static int run(Models models, PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err, models).execute(args);
    }

    /** The command line, whose commands load the NLP engine with {@code models}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Models models) {
        return commandLine(out, err, new CommandFactory(models));
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
