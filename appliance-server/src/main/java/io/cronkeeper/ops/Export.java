package io.cronkeeper.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.store.IsoTime;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * Writes a data dir's projects, API key hashes, checks, channels and assignments (and with
 * {@code history} its pings and flips) as JSON, row by row, from one read transaction. Rows
 * are written column by column as the schema has them; integer ids stay behind and foreign
 * keys become the parent's UUID ({@code check_id} becomes {@code check_uuid}).
 */
public final class Export {
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Export() {
    }

    /** @return rows written per table */
    public static Map<String, Integer> write(Path dataDir, OutputStream out, boolean history, Clock clock) {
        Path db = dataDir.resolve(Restore.DB);
        if (!Files.isRegularFile(db)) {
            throw new OpsException("no database at " + db);
        }
        try (Handle h = SqliteFile.open(db); JsonGenerator gen = JSON.createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.useDefaultPrettyPrinter();
            h.begin();
            int version = Schema.requireUsable(h, db.toString());
            gen.writeStartObject();
            gen.writeNumberField("cronkeeper_export", FORMAT);
            gen.writeNumberField("schema_version", version);
            gen.writeStringField("exported_at", IsoTime.seconds(clock.instant()));
            // API key hashes and badge signatures are HMACs under this secret: without it they are dead.
            var secret = BackupFile.readSecret(dataDir);
            if (secret.isPresent()) {
                gen.writeStringField("secret_key", secret.get());
            }
            gen.writeObjectFieldStart("tables");
            Map<String, Integer> counts = new LinkedHashMap<>();
            Uuids uuids = new Uuids(h);
            for (Tables.Spec spec : Tables.ALL) {
                if (spec.history() && !history) {
                    continue;
                }
                var info = TableInfo.read(h, spec.name());
                if (info.isPresent()) {
                    counts.put(spec.name(), writeTable(h, gen, info.get(), uuids));
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

    private static int writeTable(Handle h, JsonGenerator gen, TableInfo table, Uuids uuids) throws IOException {
        gen.writeArrayFieldStart(table.name());
        int n = 0;
        try (Stream<Map<String, Object>> rows = h.createQuery("SELECT * FROM " + table.name() + " ORDER BY rowid")
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
        private final Map<String, Map<Long, String>> byTable = new HashMap<>();

        Uuids(Handle h) {
            this.h = h;
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
            TableInfo info = TableInfo.read(h, table).orElseThrow();
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
