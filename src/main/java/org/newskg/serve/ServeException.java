package org.newskg.serve;

import org.newskg.sys.NewsKgException;

/**
 * The SPARQL server could not be set up or started: no database at the given place, or the port is taken. The message
 * is one line that says what is wrong and what to do, ready for the CLI to print.
 */
public class ServeException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
