package io.cronkeeper.metrics;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /projects/<uuid>/metrics/<key>} and {@code /projects/<uuid>/metrics/} with a Bearer key
 * (reference §7). Registered under {@code <base>/projects}.
 */
public final class MetricsHttpService implements HttpService {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int KEY_LENGTH = 32;
    private static final String BEARER = "bearer ";
    private static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final MetricsService metrics;

    public MetricsHttpService(MetricsService metrics) {
        this.metrics = metrics;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{project}/metrics/", this::scrapeWithBearer)
            .get("/{project}/metrics/{key}", this::scrapeWithPathKey)
            .any("/{project}/metrics/", this::notGet)
            .any("/{project}/metrics/{key}", this::notGet);
    }

    private void scrapeWithPathKey(ServerRequest req, ServerResponse res) {
        scrape(req, res, req.path().pathParameters().get("key"));
    }

    private void scrapeWithBearer(ServerRequest req, ServerResponse res) {
        Optional<String> auth = req.headers().first(HeaderNames.AUTHORIZATION)
            .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()));
        if (auth.isEmpty()) {
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
            send(res, Status.UNAUTHORIZED_401, TEXT, "send the project's read-only API key as "
                + "'Authorization: Bearer <key>', or put it in the URL: .../metrics/<key>");
            return;
        }
        scrape(req, res, auth.get().substring(BEARER.length()).strip());
    }

    private void scrape(ServerRequest req, ServerResponse res, String key) {
        String project = req.path().pathParameters().get("project");
        if (!UUID.matcher(project).matches()) {
            send(res, Status.NOT_FOUND_404, TEXT, "not found");
            return;
        }
        if (key.length() != KEY_LENGTH) {
            send(res, Status.BAD_REQUEST_400, TEXT, "an API key is 32 characters");
            return;
        }
        Optional<String> text = metrics.scrape(project, key);
        if (text.isEmpty()) {
            send(res, Status.FORBIDDEN_403, TEXT, "not a read-only API key of this project");
            return;
        }
        send(res, Status.OK_200, PROMETHEUS, text.get());
    }

    private void notGet(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.ALLOW, "GET");
        send(res, Status.METHOD_NOT_ALLOWED_405, TEXT, "metrics answer GET only");
    }

    private static void send(ServerResponse res, Status status, String contentType, String body) {
        res.status(status).header(HeaderNames.CONTENT_TYPE, contentType).send(body);
    }
}
