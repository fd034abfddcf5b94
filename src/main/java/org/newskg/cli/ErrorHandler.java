package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.sys.NewsKgException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns a failure into one line on stderr; the stack trace only with {@code --verbose}. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = parseResult.hasMatchedOption("--verbose")
                || (parseResult.subcommand() != null && hasVerbose(parseResult));
        String message = exception instanceof NewsKgException ? exception.getMessage()
                : "internal error: " + exception + ". Rerun with --verbose and report the stack trace.";
        err.println("newskg: error: " + message);
        if (verbose) {
            exception.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.forException(exception);
    }

    private static boolean hasVerbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    static int usage(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("newskg: error: " + exception.getMessage());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
