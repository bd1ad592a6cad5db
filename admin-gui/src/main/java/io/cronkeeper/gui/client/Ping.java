package io.cronkeeper.gui.client;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One ping of a check's log, newest first in lists; {@code duration} is in seconds, when known.
 * {@code bodySize} is what the server stored, {@code bodyReceived} what arrived before its body
 * limit cut it (equal on a server that does not say).
 */
public record Ping(long n, PingKind kind, Instant date, String scheme, String remoteAddr, String method, String ua,
                   String rid, OptionalInt exitStatus, OptionalDouble duration, long bodySize, long bodyReceived) {

    /** The server kept only the first {@code bodySize} bytes. */
    public boolean bodyCut() {
        return bodyReceived > bodySize;
    }
}
