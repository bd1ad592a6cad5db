package io.cronkeeper.ping;

import io.cronkeeper.check.Check;
import io.cronkeeper.events.Event;
import io.cronkeeper.events.FlipEvent;
import io.cronkeeper.store.IsoTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live-update events a committed ping causes, in the shape docs/admin-api.md describes:
 * {@code ping} with the stored ping's fields, {@code flip} when the status changed, and
 * {@code check} when {@code ?create=1} made the check. The event stream adds the check object.
 */
final class PingEvents {
    private PingEvents() {
    }

    /**
     * What one recorded ping announces. Kept as plain data while the batch is written; turned
     * into events only after commit, and only when someone listens.
     */
    record Recorded(Check after, PingKind kind, long createdMicros, PingRequest request, String method, String ua,
                    String rid, Integer exitStatus, java.util.Optional<PingTransition.Flip> flip, boolean checkCreated) {
        void addEventsTo(java.util.List<Event> out) {
            if (checkCreated) {
                out.add(PingEvents.checkCreated(after));
            }
            out.add(PingEvents.ping(after, kind, createdMicros, request, method, ua, rid, exitStatus));
            flip.ifPresent(f -> out.add(PingEvents.flip(after, f, createdMicros)));
        }
    }

    static Event ping(Check after, PingKind kind, long createdMicros, PingRequest request, String method, String ua,
                      String rid, Integer exitStatus) {
        var ping = new LinkedHashMap<String, Object>();
        ping.put("n", after.nPings());
        ping.put("kind", kind.wire());
        ping.put("date", IsoTime.micros(createdMicros));
        ping.put("scheme", request.scheme());
        ping.put("remote_addr", request.remoteAddr().orElse(null));
        ping.put("method", method);
        ping.put("ua", ua);
        ping.put("rid", rid);
        ping.put("exitstatus", exitStatus);
        ping.put("body_size", request.body().length);
        ping.put("body_received", request.bodyReceived());
        return new Event("ping", after.projectId(), after.uuid(), Map.of("ping", ping));
    }

    static Event flip(Check after, PingTransition.Flip flip, long createdMicros) {
        return FlipEvent.of(after.projectId(), after.uuid(), createdMicros, flip.oldStatus(), flip.newStatus(),
            flip.reason());
    }

    static Event checkCreated(Check check) {
        return new Event("check", check.projectId(), check.uuid(), Map.of("action", "created"));
    }
}
