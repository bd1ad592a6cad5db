package io.cronkeeper.ping;

/**
 * A ping row. {@code kind} null means success; {@code body} may be empty; {@code bodyReceived}
 * is null on rows stored before it was recorded, whose body was stored whole.
 */
public record StoredPing(long id, long checkId, long n, long created, String kind, String scheme, String remoteAddr,
                         String method, String ua, byte[] body, Integer exitstatus, String rid, Long bodyReceived) {
    /** Bytes stored. */
    public int bodySize() {
        return body == null ? 0 : body.length;
    }

    /** Bytes the request sent, of which the first {@link #bodySize()} were stored. */
    public long bodyReceivedSize() {
        return bodyReceived == null ? bodySize() : Math.max(bodyReceived, bodySize());
    }

    public PingKind pingKind() {
        return PingKind.fromStored(kind);
    }
}
