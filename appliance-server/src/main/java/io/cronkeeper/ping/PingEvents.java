package io.cronkeeper.ping;

import io.cronkeeper.check.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import io.cronkeeper.events.Event;

/**
 * The live-update events a ping causes. Each carries the check's new stored status and
 * counters, so the desktop app can update its row without fetching the check again.
 */
final class PingEvents {
    private PingEvents() {
    }

    static Event ping(Check after, PingKind kind, long createdMicros, Optional<String> remoteAddr, boolean checkCreated) {
        Map<String, Object> data = base(after);
        data.put("n", after.nPings());
        data.put("kind", kind.wire());
        data.put("created", createdMicros);
        data.put("remote_addr", remoteAddr.orElse(null));
        data.put("check_created", checkCreated);
        return new Event("ping", after.projectId(), after.uuid(), data);
    }

    static Event flip(Check after, PingTransition.Flip flip, long createdMicros) {
        Map<String, Object> data = base(after);
        data.put("old", flip.oldStatus());
        data.put("new", flip.newStatus());
        data.put("reason", flip.reason());
        data.put("created", createdMicros);
        return new Event("flip", after.projectId(), after.uuid(), data);
    }

    private static Map<String, Object> base(Check after) {
        var data = new LinkedHashMap<String, Object>();
        data.put("check", after.uuid());
        data.put("status", after.status());
        data.put("n_pings", after.nPings());
        data.put("last_ping", after.lastPing());
        data.put("last_start", after.lastStart());
        data.put("alert_after", after.alertAfter());
        return data;
    }
}
