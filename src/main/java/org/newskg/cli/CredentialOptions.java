package org.newskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newskg.serve.Credentials;
import picocli.CommandLine.Option;

/**
 * HTTP basic authentication credentials: {@code --user U --password-file F} (F's first line is the password), or
 * {@code --password-file F} alone (F holds {@code user:password} lines, as a Jetty/Fuseki password file). The password
 * never appears on the command line, in messages or in logs.
 */
final class CredentialOptions {
    @Option(names = "--user", paramLabel = "USER",
            description = "User name for HTTP basic authentication; the password comes from --password-file.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --user: a file whose first line is the password. Alone: a password file with "
                    + "'user:password' lines (Jetty/Fuseki format).")
    Path passwordFile;

    boolean given() {
        return user != null || passwordFile != null;
    }

    /**
     * The one user and password, if any were given.
     *
     * @throws UserInputException if only {@code --user} is given or the file holds no usable password
     */
    Optional<Credentials> credentials() {
        if (!given()) {
            return Optional.empty();
        }
        if (passwordFile == null) {
            throw new UserInputException("--user needs --password-file FILE with the password on its first line.");
        }
        List<String> lines = lines(passwordFile);
        if (user != null) {
            String password = lines.isEmpty() ? "" : lines.get(0);
            if (password.isEmpty()) {
                throw new UserInputException(passwordFile + ": the first line should be the password but is empty. "
                        + "Write the password on the first line.");
            }
            return Optional.of(credentials(user, password));
        }
        String entry = lines.stream().filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst().orElse("");
        int colon = entry.indexOf(':');
        if (colon < 1 || colon == entry.length() - 1) {
            throw new UserInputException(passwordFile + ": expected a line 'user:password' but found none. "
                    + "Write one, or give --user USER and only the password in the file.");
        }
        return Optional.of(credentials(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim()));
    }

    private Credentials credentials(String name, String password) {
        try {
            return new Credentials(name, password);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--user: expected a name without ':' but was '" + name + "'.");
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the password file: " + e.getMessage()
                    + ". Check the path and its permissions.", e);
        }
    }
}
