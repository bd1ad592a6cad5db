package io.cronkeeper.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.config.DatabaseSettings;
import io.cronkeeper.config.Settings;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.store.Database;
import io.cronkeeper.store.Dialect;
import io.cronkeeper.store.IsoTime;
import io.cronkeeper.store.SharedSecrets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * Writes an install's projects, API key hashes, checks, channels and assignments (and with
 * {@code history} its pings and flips) as JSON, row by row, from one read transaction, out of
 * either store: the SQLite file in the data dir or the PostgreSQL database. Rows
 * are written column by column as the schema has them; integer ids stay behind and foreign
 * keys become the parent's UUID ({@code check_id} becomes {@code check_uuid}).
 */
public final class Export {
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Export() {
    }

    /** @return rows written per table */
    public static Map<String, Integer> write(Settings settings, OutputStream out, boolean history, Clock clock) {
        Optional<DatabaseSettings.Postgres> pg = settings.database().postgres();
        if (pg.isPresent()) {
            // A plain session: no migrations, nothing written; the nodes go on serving meanwhile.
            try (Handle h = Database.connect(pg.get())) {
                h.begin();
                // One snapshot for every table, as SQLite's read transaction gives.
                h.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                return write(h, Dialect.POSTGRES, pg.get().display(),
                    () -> SharedSecrets.read(h, KeyHasher.FILE_NAME), out, history, clock);
            }
        }
        Path db = settings.dataDir().resolve(Restore.DB);
        if (!Files.isRegularFile(db)) {
            throw new OpsException("no database at " + db);
        }
        try (Handle h = SqliteFile.open(db)) {
            h.begin();
            return write(h, Dialect.SQLITE, db.toString(), () -> BackupFile.readSecret(settings.dataDir()), out, history, clock);
        }
    }

    private static Map<String, Integer> write(Handle h, Dialect dialect, String where, Supplier<Optional<String>> secretKey,
                                              OutputStream out, boolean history, Clock clock) {
        try (JsonGenerator gen = JSON.createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.useDefaultPrettyPrinter();
            int version = Schema.requireUsable(h, dialect, where);
            gen.writeStartObject();
            gen.writeNumberField("cronkeeper_export", FORMAT);
            gen.writeNumberField("schema_version", version);
            gen.writeStringField("exported_at", IsoTime.seconds(clock.instant()));
            // API key hashes and badge signatures are HMACs under this secret: without it they are dead.
            var secret = secretKey.get();
            if (secret.isPresent()) {
                gen.writeStringField("secret_key", secret.get());
            }
            gen.writeObjectFieldStart("tables");
            Map<String, Integer> counts = new LinkedHashMap<>();
            Uuids uuids = new Uuids(h, dialect);
            for (Tables.Spec spec : Tables.ALL) {
                if (spec.history() && !history) {
                    continue;
                }
                var info = TableInfo.read(h, dialect, spec.name());
                if (info.isPresent()) {
                    counts.put(spec.name(), writeTable(h, gen, info.get(), dialect, uuids));
                }
            }
            gen.writeEndObject();
            gen.writeEndObject();
            h.rollback();
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("export failed: " + e.getMessage(), e);
        }
    }

    private static int writeTable(Handle h, JsonGenerator gen, TableInfo table, Dialect dialect, Uuids uuids)
            throws IOException {
        gen.writeArrayFieldStart(table.name());
        int n = 0;
        try (Stream<Map<String, Object>> rows = h.createQuery("SELECT * FROM " + table.name()
                + " ORDER BY " + table.exportOrder(dialect))
                .mapToMap().stream()) {
            for (var it = rows.iterator(); it.hasNext(); n++) {
                Map<String, Object> row = it.next();
                Map<String, Object> out = new LinkedHashMap<>();
                for (String column : table.portableColumns()) {
                    String parent = table.parents().get(column);
                    Object value = row.get(column);
                    if (parent == null) {
                        out.put(column, value);
                    } else {
                        out.put(Tables.uuidField(column), value == null ? null : uuids.of(parent, ((Number) value).longValue()));
                    }
                }
                gen.writeObject(out);
            }
        }
        gen.writeEndArray();
        return n;
    }

    /** Row id to UUID, per parent table, loaded once per table. */
    private static final class Uuids {
        private final Handle h;
        private final Dialect dialect;
        private final Map<String, Map<Long, String>> byTable = new HashMap<>();

        Uuids(Handle h, Dialect dialect) {
            this.h = h;
            this.dialect = dialect;
        }

        String of(String table, long id) {
            Map<Long, String> ids = byTable.computeIfAbsent(table, this::load);
            String uuid = ids.get(id);
            if (uuid == null) {
                throw new OpsException("row " + id + " of " + table + " is referenced but missing");
            }
            return uuid;
        }

        private Map<Long, String> load(String table) {
            TableInfo info = TableInfo.read(h, dialect, table).orElseThrow();
            if (!info.columns().containsKey("uuid") || info.rowidAlias().isEmpty()) {
                throw new OpsException("table " + table + " is referenced by a foreign key but has no uuid column;"
                    + " an export cannot key its rows");
            }
            Map<Long, String> ids = new HashMap<>();
            h.createQuery("SELECT " + info.rowidAlias().get() + " AS id, uuid FROM " + table).mapToMap()
                .forEach(r -> ids.put(((Number) r.get("id")).longValue(), (String) r.get("uuid")));
            return ids;
        }
    }
}
