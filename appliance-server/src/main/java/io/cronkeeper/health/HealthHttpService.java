package io.cronkeeper.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Healthchecks' operational endpoints, mounted at {@code /api/v1}, {@code /v2} and {@code /v3}
 * ahead of the Management API: {@code status/} (any method, no key: {@code 200 OK} only while
 * {@link Health#liveness()} finds nothing wrong, else {@code 503} naming each failing part) and
 * {@code metrics/} ({@code X-Metrics-Key} must equal the {@code metrics-key} setting; {@code 403}
 * when it is unset or wrong, as in Healthchecks).
 */
public final class HealthHttpService implements HttpService {
    private static final HeaderName METRICS_KEY = HeaderNames.create("X-Metrics-Key");
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Health health;
    private final Jdbi jdbi;
    private final Clock clock;
    private final Optional<byte[]> metricsKeyDigest;

    public HealthHttpService(Health health, Jdbi jdbi, Clock clock, Optional<String> metricsKey) {
        this.health = health;
        this.jdbi = jdbi;
        this.clock = clock;
        this.metricsKeyDigest = metricsKey.filter(k -> !k.isEmpty()).map(HealthHttpService::sha256);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/status/", this::status)
            .get("/metrics/", this::metrics);
    }

    private void status(ServerRequest req, ServerResponse res) {
        List<String> problems = health.liveness();
        res.header(HeaderNames.CONTENT_TYPE, TEXT);
        if (problems.isEmpty()) {
            res.send("OK");
            return;
        }
        res.status(Status.SERVICE_UNAVAILABLE_503).header(HeaderNames.RETRY_AFTER, "10")
            .send(String.join("\n", problems) + "\n");
    }

    private void metrics(ServerRequest req, ServerResponse res) throws JsonProcessingException {
        Optional<String> given = req.headers().first(METRICS_KEY);
        // Digests first: MessageDigest.isEqual is constant-time only for inputs of equal length.
        if (metricsKeyDigest.isEmpty() || given.isEmpty()
            || !MessageDigest.isEqual(sha256(given.get()), metricsKeyDigest.get())) {
            res.status(Status.FORBIDDEN_403).send();
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ts", clock.instant().getEpochSecond());
        jdbi.useHandle(h -> {
            out.put("max_ping_id", h.createQuery("SELECT coalesce(max(id), 0) FROM ping").mapTo(Long.class).one());
            out.put("max_notification_id",
                h.createQuery("SELECT coalesce(max(id), 0) FROM notification").mapTo(Long.class).one());
            out.put("num_unprocessed_flips",
                h.createQuery("SELECT count(*) FROM flip WHERE processed IS NULL").mapTo(Long.class).one());
        });
        HealthReport report = health.report();
        out.put("healthy", report.problems().isEmpty());
        out.put("loop_restarts", report.loops().stream().mapToLong(Heartbeat::restarts).sum());
        report.gauges().forEach(out::put);
        out.put("database_bytes", report.disk().databaseBytes());
        out.put("wal_bytes", report.disk().walBytes());
        out.put("disk_free_bytes", report.disk().freeBytes());
        res.header(HeaderNames.CONTENT_TYPE, "application/json").send(JSON.writeValueAsBytes(out));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
