package org.newskg.wikidict;

import org.newskg.sys.NewsKgException;

/** The Wikipedia dictionary index cannot be built or opened; the message says where and what to do. */
public final class WikiDictException extends NewsKgException {
    public WikiDictException(String message, Throwable cause) {
        super(message, cause);
    }
}
