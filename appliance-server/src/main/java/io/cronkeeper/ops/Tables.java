package io.cronkeeper.ops;

import java.util.List;
import java.util.Optional;

/**
 * The tables an export carries, parents before children. Columns are not listed: they are read
 * from the schema, so a migration that adds a column needs no change here; a new table needs a
 * line. A row's identity is its key (after foreign keys are replaced by the parent's UUID), so
 * importing the same row twice finds it the second time and leaves it alone.
 */
final class Tables {
    /**
     * @param key columns that identify a row across installs
     * @param history pings and flips, exported only with {@code --pings}
     */
    record Spec(String name, List<String> key, boolean history) {
    }

    static final List<Spec> ALL = List.of(
        new Spec("project", List.of("uuid"), false),
        new Spec("api_key", List.of("project_id", "hash"), false),
        new Spec("check_", List.of("uuid"), false),
        new Spec("channel", List.of("uuid"), false),
        new Spec("check_channel", List.of("check_id", "channel_id"), false),
        new Spec("ping", List.of("check_id", "n"), true),
        new Spec("flip", List.of("check_id", "created", "new_status"), true));

    /**
     * Tables deliberately left out: bookkeeping that the target's own migrations write, and the
     * alert outbox with its delivery log, which belong to the install that sent them (an imported
     * check must not alert again for a flip the old install already reported). PostgreSQL's
     * {@code appliance_secret} holds what a data dir keeps in files: the install secret travels in
     * the export's header (as from a data dir), the admin token never does.
     */
    static final java.util.Set<String> NOT_EXPORTED = java.util.Set.of("schema_version", "notification",
        "delivery_attempt", "appliance_secret");

    private Tables() {
    }

    static Optional<Spec> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** How a foreign key column appears in an export: {@code project_id} becomes {@code project_uuid}. */
    static String uuidField(String column) {
        return (column.endsWith("_id") ? column.substring(0, column.length() - 3) : column) + "_uuid";
    }
}
