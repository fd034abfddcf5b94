package org.newskg.store;

import org.newskg.sys.NewsKgException;

/** The knowledge store could not be opened, read or written. */
public class StoreException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
