package io.cronkeeper.hcimport;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A check's ping log (bodies by ping number, where the API served them) and its flips. */
record RemoteHistory(List<Ping> pings, Map<Long, byte[]> bodies, List<Flip> flips) {
    static final RemoteHistory NONE = new RemoteHistory(List.of(), Map.of(), List.of());

    /** {@code bodyUrl} is empty when the API has no body for it (and always before v3). */
    record Ping(long n, Instant date, String type, String scheme, String remoteAddr, String method, String ua,
                String rid, String bodyUrl) {
    }

    record Flip(Instant timestamp, boolean up) {
    }
}
