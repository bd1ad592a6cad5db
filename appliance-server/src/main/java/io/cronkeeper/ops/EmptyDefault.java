package io.cronkeeper.ops;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * A data dir's first start makes an empty project with a random ping key. Importing into such
 * a fresh install should give the exported projects, not those plus a stray empty one: when the
 * import brings projects and that lone project has no checks, channels or keys, it goes.
 */
final class EmptyDefault {
    private final Optional<String> uuid;
    private final Set<String> imported = new HashSet<>();

    private EmptyDefault(Optional<String> uuid) {
        this.uuid = uuid;
    }

    static EmptyDefault find(Handle h) {
        boolean lone = h.createQuery("SELECT count(*) FROM project").mapTo(Integer.class).one() == 1;
        boolean empty = h.createQuery("""
            SELECT (SELECT count(*) FROM check_) + (SELECT count(*) FROM channel) + (SELECT count(*) FROM api_key)""")
            .mapTo(Integer.class).one() == 0;
        return new EmptyDefault(lone && empty
            ? h.createQuery("SELECT uuid FROM project").mapTo(String.class).findOne() : Optional.empty());
    }

    void seen(String projectUuid) {
        imported.add(projectUuid);
    }

    /** Deletes the lone empty project once the export's projects are in; says so. */
    Optional<String> dropIfReplaced(Handle h) {
        if (uuid.isEmpty() || imported.isEmpty() || imported.contains(uuid.get())) {
            return Optional.empty();
        }
        h.execute("DELETE FROM project WHERE uuid = ?", uuid.get());
        return Optional.of("the empty project a first start had made (" + uuid.get() + ") was replaced by the imported ones");
    }
}
