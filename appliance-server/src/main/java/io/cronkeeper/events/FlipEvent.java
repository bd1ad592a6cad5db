package io.cronkeeper.events;

import io.cronkeeper.store.IsoTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code flip} event, whoever changed the status: a ping, or the monitor at a deadline. */
public final class FlipEvent {
    private FlipEvent() {
    }

    public static Event of(long projectId, String checkUuid, long createdMicros, String oldStatus, String newStatus,
                           String reason) {
        var data = new LinkedHashMap<String, Object>();
        data.put("timestamp", IsoTime.micros(createdMicros));
        data.put("old_status", oldStatus);
        data.put("new_status", newStatus);
        data.put("reason", reason);
        return new Event("flip", projectId, checkUuid, Map.of("flip", data));
    }
}
