package org.newskg.sys;

/** Root of the unchecked exceptions that newskg stages throw; the CLI turns them into one line on stderr. */
public class NewsKgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NewsKgException(String message) {
        super(message);
    }

    public NewsKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
