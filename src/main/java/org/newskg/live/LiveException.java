package org.newskg.live;

import org.newskg.sys.NewsKgException;

/** Live ingest could not go on: the queue or the watched folder cannot be read or written. */
public final class LiveException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public LiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
