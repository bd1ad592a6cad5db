package io.cronkeeper.ping;

import io.cronkeeper.check.Check;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writer's memory of check rows, so a ping costs no SELECT. Only the writer thread uses it.
 * It is correct because every other change to the database comes through another connection
 * (the APIs, the CLI, the monitor), and SQLite's {@code PRAGMA data_version} on the writer's
 * connection changes exactly when another connection has committed: the writer checks it before
 * each batch and forgets everything when it moved. The writer's own changes are put back after
 * they are made, and forgotten if their batch rolls back.
 *
 * <p>Entries are long-lived (the old generation of the heap) and change on every ping, so a ping
 * updates its entry's primitive fields in place instead of storing a new {@link Check}: storing
 * fresh objects into old ones made every young collection copy and promote thousands of them,
 * which at 10,000 busy checks cost 10 ms pauses and full collections. For the same reason the
 * map keeps insertion order (an access-ordered map relinks its nodes on every read).
 */
final class CheckCache {
    private static final int MAX_CHECKS = 20_000;

    private final HotStatements hot;
    private final Map<String, CachedCheck> byUuid = new HashMap<>(1024);
    private final Map<String, List<String>> uuidsBySlug = new HashMap<>();
    private long dataVersion = Long.MIN_VALUE;

    CheckCache(HotStatements hot) {
        this.hot = hot;
    }

    /** Before each batch: forget everything if another connection committed since the last one. */
    void revalidate() {
        long version = hot.dataVersion();
        if (version != dataVersion) {
            forget();
            dataVersion = version;
        }
    }

    /** After a rollback: cached rows may hold changes that were never committed. */
    void forget() {
        byUuid.clear();
        uuidsBySlug.clear();
    }

    Optional<Check> byUuid(String uuid) {
        CachedCheck cached = byUuid.get(uuid);
        if (cached != null) {
            return Optional.of(cached.current());
        }
        Optional<Check> loaded = hot.checkByUuid(uuid);
        loaded.ifPresent(this::put);
        return loaded;
    }

    /** At most two checks: enough to tell a unique slug from an ambiguous one. */
    List<Check> bySlug(String pingKey, String slug) {
        String key = pingKey + "/" + slug;
        List<String> uuids = uuidsBySlug.get(key);
        if (uuids != null) {
            List<Check> checks = new ArrayList<>(uuids.size());
            for (String uuid : uuids) {
                CachedCheck c = byUuid.get(uuid);
                if (c == null) {
                    return loadSlug(key, pingKey, slug);
                }
                checks.add(c.current());
            }
            return checks;
        }
        return loadSlug(key, pingKey, slug);
    }

    private List<Check> loadSlug(String key, String pingKey, String slug) {
        List<Check> found = hot.checksBySlug(pingKey, slug);
        if (uuidsBySlug.size() >= MAX_CHECKS) {
            uuidsBySlug.clear();
        }
        uuidsBySlug.put(key, found.stream().map(Check::uuid).toList());
        found.forEach(this::put);
        return found;
    }

    /** The writer changed or created this check. */
    void put(Check check) {
        CachedCheck cached = byUuid.get(check.uuid());
        if (cached != null && cached.isRowOf(check)) {
            cached.update(check.pingState());
            return;
        }
        if (byUuid.size() >= MAX_CHECKS) {
            // More checks than the cache holds: start over rather than track recency on every read.
            byUuid.clear();
        }
        byUuid.put(check.uuid(), new CachedCheck(check));
    }

    /** A check was created by auto-provisioning: its project's slug lookups may now differ. */
    void created(Check check, String pingKey) {
        uuidsBySlug.remove(pingKey + "/" + check.slug());
        put(check);
    }
}
