package org.newskg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;

/**
 * Who may change a served database: SPARQL Update and Graph Store Protocol writes are allowed only with an
 * {@code UpdateAccess}, and then only for requests that authenticate with HTTP basic authentication.
 *
 * <p>Authentication is Fuseki's own (Jetty's security handler and user store); newskg only says which endpoints need
 * it. Either one user with a password, held in memory, or a Jetty password file ({@code user: password} per line, as
 * for {@code fuseki-server --passwd}; the passwords may be {@code MD5:} or {@code CRYPT:} hashes), where every user in
 * the file may update. Immutable and thread-safe; {@link #toString()} never shows a password.
 */
public final class UpdateAccess {
    /** The realm the browser or client is told about in the authentication challenge. */
    public static final String REALM = "newskg";

    private final Optional<Credentials> user;
    private final Optional<Path> passwordFile;

    private UpdateAccess(Optional<Credentials> user, Optional<Path> passwordFile) {
        this.user = user;
        this.passwordFile = passwordFile;
    }

    /** Updates by this one user. */
    public static UpdateAccess user(Credentials credentials) {
        return new UpdateAccess(Optional.of(Objects.requireNonNull(credentials, "credentials")), Optional.empty());
    }

    /**
     * Updates by any user of a Jetty password file.
     *
     * @throws ServeException if the file cannot be read
     */
    public static UpdateAccess passwordFile(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ServeException(file + ": cannot read the password file. Give a readable file with lines "
                    + "'user: password'.");
        }
        return new UpdateAccess(Optional.empty(), Optional.of(file));
    }

    /** The policy for the update endpoints: the one user, or anyone who authenticated against the password file. */
    AuthPolicy policy() {
        return user.map(c -> Auth.policyAllowSpecific(c.user())).orElse(Auth.ANY_USER);
    }

    /**
     * Gives the server the user store and basic authentication, asked for also on {@code protectedPaths} (servlet
     * paths outside Fuseki's endpoints, such as the ingest route), with a malformed {@code Authorization} header
     * answered 400 ({@link BasicAuthentication}).
     */
    void configure(FusekiServer.Builder builder, List<String> protectedPaths) {
        UserStore users = user.map(c -> JettySecurityLib.makeUserStore(c.user(), c.password()))
                .orElseGet(() -> JettySecurityLib.makeUserStore(passwordFile.orElseThrow().toString()));
        ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
        security.setAuthenticator(new BasicAuthentication());
        protectedPaths.forEach(path -> JettySecurityLib.addPathConstraint(security, path));
        builder.realm(REALM).auth(AuthScheme.BASIC).securityHandler(security);
    }

    @Override
    public String toString() {
        return user.map(c -> "UpdateAccess[user=" + c.user() + "]")
                .orElseGet(() -> "UpdateAccess[passwordFile=" + passwordFile.orElseThrow() + "]");
    }
}
