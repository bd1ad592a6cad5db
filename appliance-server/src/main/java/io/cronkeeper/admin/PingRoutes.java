package io.cronkeeper.admin;

import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.ping.PingHistory;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderName;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** A check's pings with their bodies, and its status changes. */
final class PingRoutes implements HttpService {
    private static final HeaderName BODY_UTF8 = HeaderNames.create("X-Body-Utf8");
    /** The bounds v3 accepts for flip filters. */
    private static final long MAX_UNIX_TIME = 10_000_000_000L;

    private final PingHistory pings;
    private final CheckService checks;
    private final CheckView view;
    private final Lookup lookup;

    PingRoutes(PingHistory pings, CheckService checks, CheckView view, Lookup lookup) {
        this.pings = pings;
        this.checks = checks;
        this.view = view;
        this.lookup = lookup;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/checks/{check}/pings", Methods.allow().get(this::list))
            .any("/checks/{check}/pings/{n}/body", Methods.allow().get(this::body))
            .any("/checks/{check}/flips", Methods.allow().get(this::flips));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Check check = lookup.check(req);
        var list = pings.list(check).stream().map(e -> view.ping(check, e)).toList();
        AdminJson.send(res, Map.of("pings", list));
    }

    /**
     * Bodies are whatever the job sent, often but not always text; the header saves the app from
     * guessing whether it may show them as text.
     */
    private void body(ServerRequest req, ServerResponse res) {
        Check check = lookup.check(req);
        String n = req.path().pathParameters().get("n");
        byte[] body = Requests.wholeNumber(n).flatMap(number -> pings.body(check, number))
            .orElseThrow(() -> AdminException.notFound("check " + check.uuid() + " has no stored body for ping " + n));
        res.header(HeaderNames.CONTENT_TYPE, "application/octet-stream")
            .header(BODY_UTF8, Boolean.toString(isUtf8(body)))
            .send(body);
    }

    /** Newest first; {@code ?start=} and {@code ?end=} (UNIX seconds) keep start <= time < end. */
    private void flips(ServerRequest req, ServerResponse res) {
        Instant from = Requests.longQuery(req, "start", 0, MAX_UNIX_TIME).map(Instant::ofEpochSecond)
            .orElse(Instant.EPOCH);
        Instant until = Requests.longQuery(req, "end", 0, MAX_UNIX_TIME).map(Instant::ofEpochSecond)
            .orElse(Instant.ofEpochSecond(MAX_UNIX_TIME));
        var list = checks.flips(lookup.check(req), from, until).stream().map(AdminJson::flip).toList();
        AdminJson.send(res, Map.of("flips", list));
    }


    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
