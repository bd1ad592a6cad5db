package io.cronkeeper.ping;

/** How a ping URL names its check. */
public sealed interface PingTarget {
    record ByUuid(String uuid) implements PingTarget {
    }

    /** With {@code ?create=1} an unknown slug is auto-provisioned with the query's settings. */
    record BySlug(String pingKey, String slug, Provisioning provisioning) implements PingTarget {
        boolean create() {
            return provisioning.create();
        }
    }
}
