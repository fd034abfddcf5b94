package org.newskg.export;

import org.newskg.sys.NewsKgException;

/** An export cannot be made as asked; the message says what and what to do. */
public final class ExportException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
