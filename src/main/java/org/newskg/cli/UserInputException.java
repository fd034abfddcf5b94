package org.newskg.cli;

import org.newskg.sys.NewsKgException;

/** Something the user gave cannot be used; the message says what and what to do. */
final class UserInputException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }

    UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
