package io.cronkeeper.ping;

/** A ping row. {@code kind} null means success; {@code body} may be empty. */
public record StoredPing(long id, long checkId, long n, long created, String kind, String scheme, String remoteAddr,
                         String method, String ua, byte[] body, Integer exitstatus, String rid) {
    public PingKind pingKind() {
        return PingKind.fromStored(kind);
    }
}
