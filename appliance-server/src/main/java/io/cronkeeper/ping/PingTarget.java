package io.cronkeeper.ping;

/** How a ping URL names its check. */
public sealed interface PingTarget {
    record ByUuid(String uuid) implements PingTarget {
    }

    /** {@code create} is true only for {@code ?create=1}: auto-provision an unknown slug. */
    record BySlug(String pingKey, String slug, boolean create) implements PingTarget {
    }
}
