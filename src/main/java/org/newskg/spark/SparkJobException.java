package org.newskg.spark;

import org.newskg.sys.NewsKgException;

/** A Spark job that cannot start or finish because of its input or output; the message says what to do. */
public class SparkJobException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public SparkJobException(String message, Throwable cause) {
        super(message, cause);
    }
}
