package org.newskg.serve;

import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's HTTP basic authentication, with a malformed {@code Authorization: Basic} header (not Base64) answered as
 * the client's error, where Jetty's own authenticator fails with a 500 and a stack trace per request: 400 and one
 * log line on a path that needs authentication; on a path open to anyone the request just stays anonymous.
 * Thread-safe as Jetty's.
 */
final class BasicAuthentication extends BasicAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(BasicAuthentication.class);

    @Override
    public AuthenticationState validateRequest(Request request, Response response, Callback callback)
            throws ServerAuthException {
        try {
            return super.validateRequest(request, response, callback);
        } catch (IllegalArgumentException malformed) {
            if (response.isCommitted()) {
                // Jetty asks with a response that cannot be written on paths open to anyone: stay anonymous.
                return null;
            }
            LOG.warn("{} {}: malformed Authorization header refused (400)", request.getMethod(),
                    request.getHttpURI().getPath());
            return AuthenticationState.writeError(request, response, callback, 400);
        }
    }
}
