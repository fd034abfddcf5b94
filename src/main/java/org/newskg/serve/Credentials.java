package org.newskg.serve;

import java.util.Objects;

/**
 * A user name and password for HTTP basic authentication. {@link #toString()} never shows the password, so a
 * {@code Credentials} can be logged or put in an exception message safely.
 *
 * @param user     the user name, not blank and without a colon (basic authentication cannot carry one)
 * @param password the password, not empty
 */
public record Credentials(String user, String password) {
    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("user: expected a name without ':' but was '" + user + "'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("password: expected at least one character");
        }
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
