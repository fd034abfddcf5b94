package org.newskg.nlp;

import org.newskg.sys.NewsKgException;

/** NLP failed on an article or could not start. */
public class NlpException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public NlpException(String message, Throwable cause) {
        super(message, cause);
    }
}
