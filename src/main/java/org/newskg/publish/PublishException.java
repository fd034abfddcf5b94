package org.newskg.publish;

import org.newskg.sys.NewsKgException;

/** Publishing failed: the output cannot be written, or a setting is unusable. The message says what to do. */
public final class PublishException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
