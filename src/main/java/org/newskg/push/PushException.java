package org.newskg.push;

import org.newskg.sys.NewsKgException;

/**
 * A push to a remote SPARQL server failed: it cannot be reached, refused the credentials, or has no writable Graph
 * Store at the URL. The message is one line that says what is wrong and what to do, ready for the CLI to print; it
 * never contains a password.
 */
public class PushException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public PushException(String message) {
        super(message);
    }

    public PushException(String message, Throwable cause) {
        super(message, cause);
    }
}
