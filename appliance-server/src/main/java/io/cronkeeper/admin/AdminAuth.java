package io.cronkeeper.admin;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** {@code Authorization: Bearer <admin token>} on every admin route, OPTIONS included. */
final class AdminAuth {
    private static final String SCHEME = "bearer ";

    private final byte[] tokenDigest;

    AdminAuth(String token) {
        this.tokenDigest = sha256(token);
    }

    /** A filter: the request goes on to its route only with the right token. */
    void require(ServerRequest req, ServerResponse res) {
        String given = bearer(req).orElseThrow(() -> AdminException.unauthorized("missing admin token"));
        // Digests first: MessageDigest.isEqual is constant-time only for inputs of equal length.
        if (!MessageDigest.isEqual(sha256(given), tokenDigest)) {
            throw AdminException.unauthorized("wrong admin token");
        }
        res.next();
    }

    private static Optional<String> bearer(ServerRequest req) {
        return req.headers().first(HeaderNames.AUTHORIZATION)
            .filter(h -> h.regionMatches(true, 0, SCHEME, 0, SCHEME.length()))
            .map(h -> h.substring(SCHEME.length()).strip())
            .filter(t -> !t.isEmpty());
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
