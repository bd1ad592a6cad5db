package io.cronkeeper.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cronkeeper.api.ApiShapes;
import io.cronkeeper.api.Json;
import io.cronkeeper.channel.Channel;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckStatus;
import io.cronkeeper.check.Flip;
import io.cronkeeper.check.StatusRules;
import io.cronkeeper.project.ApiKey;
import io.cronkeeper.project.Project;
import io.cronkeeper.store.Micros;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The admin API's JSON objects other than checks and pings (see {@link CheckView}). */
final class AdminJson {
    private static final EnumSet<CheckStatus> COUNTED = EnumSet.of(
        CheckStatus.NEW, CheckStatus.UP, CheckStatus.GRACE, CheckStatus.DOWN, CheckStatus.PAUSED);

    private AdminJson() {
    }

    static void send(ServerResponse res, Object value) {
        Json.send(res, value);
    }

    /** A project with how many of its checks are in each (v3) status; {@code checks} are its checks. */
    static Map<String, Object> project(Project p, String pingEndpoint, List<Check> checks, Instant now) {
        var byStatus = new EnumMap<CheckStatus, Integer>(CheckStatus.class);
        COUNTED.forEach(s -> byStatus.put(s, 0));
        checks.forEach(c -> byStatus.merge(StatusRules.status(c, now, false), 1, Integer::sum));
        var counts = new LinkedHashMap<String, Object>();
        counts.put("total", checks.size());
        byStatus.forEach((s, n) -> counts.put(s.wire(), n));
        var m = new LinkedHashMap<String, Object>();
        m.put("uuid", p.uuid());
        m.put("name", p.name());
        m.putAll(pingKey(p, pingEndpoint));
        m.put("created", ApiShapes.isoSeconds(Micros.toInstant(p.created())));
        m.put("checks", counts);
        return m;
    }

    static Map<String, Object> pingKey(Project p, String pingEndpoint) {
        var m = new LinkedHashMap<String, Object>();
        m.put("ping_key", p.pingKey());
        m.put("ping_url_base", p.pingKey() == null ? null : pingEndpoint + p.pingKey() + "/");
        return m;
    }

    /** Never the hash: the secret is shown once, when the key is made. */
    static Map<String, Object> apiKey(ApiKey k) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", k.id());
        m.put("name", k.name());
        m.put("read_only", k.readOnly());
        m.put("prefix", k.prefix());
        m.put("created", ApiShapes.isoSeconds(Micros.toInstant(k.created())));
        return m;
    }

    static Map<String, Object> channel(Channel c, String projectUuid) {
        var m = new LinkedHashMap<String, Object>();
        m.put("uuid", c.uuid());
        m.put("project", projectUuid);
        m.put("name", c.name());
        m.put("kind", c.kind());
        try {
            m.put("config", Json.MAPPER.readTree(c.config()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored config of channel " + c.uuid() + " is not JSON", e);
        }
        m.put("created", ApiShapes.isoSeconds(Micros.toInstant(c.created())));
        m.put("needs_settings", c.needsSettings());
        return m;
    }

    static Map<String, Object> flip(Flip f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("timestamp", ApiShapes.isoMicros(f.created()));
        m.put("old_status", f.oldStatus());
        m.put("new_status", f.newStatus());
        m.put("reason", f.reason());
        return m;
    }
}
