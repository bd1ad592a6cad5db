package io.cronkeeper.ping;

import io.cronkeeper.config.BodyLimit;
import io.cronkeeper.config.TrustedProxies;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The Pinging API: {@code /ping/...} in every form of reference §1.1. */
public final class PingHttpService implements HttpService {
    private static final HeaderName PING_BODY_LIMIT = HeaderNames.create("Ping-Body-Limit");
    private static final HeaderName FORWARDED_FOR = HeaderNames.create("X-Forwarded-For");
    private static final HeaderName FORWARDED_PROTO = HeaderNames.create("X-Forwarded-Proto");
    private static final String NO_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private";
    private static final String TEXT = "text/plain; charset=utf-8";

    // Built once: constant headers skip Helidon's per-response validation.
    private static final Header CONTENT_TYPE_TEXT = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, TEXT);
    private static final Header CACHE_CONTROL_NO_CACHE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, NO_CACHE);
    private static final Header ALLOW_ANY_ORIGIN = HeaderValues.createCached(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");

    private final PingWriter writer;
    private final Optional<Header> bodyLimitHeader;
    private final HttpDate expires = new HttpDate();
    private final BodyLimit bodyLimit;
    private final ClientAddress clientAddress;
    private final String mountPath;

    /** @param mountPath where this service is registered, e.g. {@code /ping} or {@code /hc/ping} */
    public PingHttpService(PingWriter writer, BodyLimit bodyLimit, TrustedProxies trustedProxies, String mountPath) {
        this.writer = writer;
        this.bodyLimit = bodyLimit;
        this.bodyLimitHeader = bodyLimit.isUnlimited() ? Optional.empty()
            : Optional.of(HeaderValues.createCached(PING_BODY_LIMIT, bodyLimit.toString()));
        this.clientAddress = new ClientAddress(trustedProxies);
        this.mountPath = mountPath;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.options(this::preflight)
            .any(this::ping);
    }

    /** A browser's CORS preflight: answered and never cached like any ping response, but never recorded. */
    private void preflight(ServerRequest req, ServerResponse res) {
        res.status(Status.NO_CONTENT_204)
            .header(HeaderNames.CACHE_CONTROL, NO_CACHE)
            .header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
            .header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, POST, OPTIONS")
            .header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS,
                req.headers().first(HeaderNames.ACCESS_CONTROL_REQUEST_HEADERS).orElse("*"))
            .header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600")
            .send();
    }

    private void ping(ServerRequest req, ServerResponse res) throws IOException, InterruptedException {
        String path = PingPath.decode(req.path().absolute().rawPath());
        String prefix = mountPath + "/";
        Provisioning create;
        try {
            create = Provisioning.of(req.query());
        } catch (Provisioning.Invalid e) {
            readBody(req);
            res.status(Status.BAD_REQUEST_400).header(CONTENT_TYPE_TEXT).header(CACHE_CONTROL_NO_CACHE)
                .header(ALLOW_ANY_ORIGIN).send(e.getMessage());
            return;
        }
        Optional<PingPath> route = path.startsWith(prefix)
            ? PingPath.parse(path.substring(prefix.length()), create) : Optional.empty();
        BodyReader.Body body = readBody(req);
        if (route.isEmpty()) {
            send(res, PingOutcome.NOT_FOUND);
            return;
        }
        var peer = req.remotePeer().address();
        PingRequest ping = new PingRequest(route.get().target(), route.get().action(), route.get().exitStatus(),
            req.query().contains("rid") ? Optional.of(req.query().get("rid")) : Optional.empty(),
            req.prologue().method().text(),
            clientAddress.remoteAddr(peer, req.headers().first(FORWARDED_FOR)),
            clientAddress.scheme(peer, req.isSecure(), req.headers().first(FORWARDED_PROTO)),
            req.headers().first(HeaderNames.USER_AGENT).orElse(""),
            body.kept(), body.received());
        send(res, writer.record(ping));
    }

    private BodyReader.Body readBody(ServerRequest req) throws IOException {
        if (!req.content().hasEntity()) {
            return BodyReader.Body.NONE;
        }
        try (InputStream in = req.content().inputStream()) {
            return BodyReader.readLimited(in, bodyLimit.storedBytes(), req.headers().contentLength());
        }
    }

    private void send(ServerResponse res, PingOutcome outcome) {
        res.status(Status.create(outcome.status()))
            .header(CONTENT_TYPE_TEXT)
            .header(CACHE_CONTROL_NO_CACHE)
            .header(HeaderNames.EXPIRES, expires.now());
        if (outcome.accepted()) {
            res.header(ALLOW_ANY_ORIGIN);
            bodyLimitHeader.ifPresent(res::header);
        }
        res.send(outcome.body().getBytes(StandardCharsets.UTF_8));
    }
}
