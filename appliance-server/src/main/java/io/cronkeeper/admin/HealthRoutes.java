package io.cronkeeper.admin;

import io.cronkeeper.health.Health;
import io.cronkeeper.health.HealthReport;
import io.cronkeeper.health.Heartbeat;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: what {@code /api/v3/status/} sums up in one word, in detail for the desktop
 * app's banner: problems (a stale loop, a silent database), warnings (a full disk), each loop's
 * last beat, queue depths, the body budget in use, the database and WAL sizes and free disk.
 */
public final class HealthRoutes implements HttpService {
    private final Health health;

    public HealthRoutes(Health health) {
        this.health = health;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/health", Methods.allow().get(this::show));
    }

    private void show(ServerRequest req, ServerResponse res) {
        HealthReport r = health.report();
        var out = new LinkedHashMap<String, Object>();
        out.put("healthy", r.healthy());
        out.put("problems", r.problems());
        out.put("warnings", r.warnings());
        out.put("loops", r.loops().stream().map(HealthRoutes::loop).toList());
        out.put("gauges", r.gauges());
        var disk = new LinkedHashMap<String, Object>();
        disk.put("free_bytes", r.disk().freeBytes());
        disk.put("warning_below_bytes", r.disk().thresholdBytes());
        disk.put("database_bytes", r.disk().databaseBytes());
        disk.put("wal_bytes", r.disk().walBytes());
        out.put("disk", disk);
        AdminJson.send(res, out);
    }

    private static Map<String, Object> loop(Heartbeat hb) {
        var out = new LinkedHashMap<String, Object>();
        out.put("name", hb.name());
        out.put("state", hb.state().name().toLowerCase(java.util.Locale.ROOT));
        out.put("last_beat", hb.lastBeatEpochMillis().map(ms -> Instant.ofEpochMilli(ms).toString()).orElse(null));
        out.put("period_seconds", hb.period().toSeconds());
        out.put("restarts", hb.restarts());
        out.put("last_failure", hb.lastFailure());
        return out;
    }
}
