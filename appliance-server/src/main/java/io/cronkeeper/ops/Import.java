package io.cronkeeper.ops;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cronkeeper.config.Settings;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.store.DataDir;
import io.cronkeeper.store.Database;
import io.cronkeeper.store.Dialect;
import io.cronkeeper.store.PostgresNodes;
import io.cronkeeper.store.ServerLock;
import io.cronkeeper.store.SharedSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads an export into either store, in one transaction, row by row (an export with pings can
 * be large). Keyed on UUIDs, so the checks keep their ping URLs and a second run adds nothing.
 * <p>API keys are stored as HMACs under the exporting install's secret, which the export carries.
 * Into a data dir (or PostgreSQL database) with no API keys of its own and no server running, the
 * import adopts that secret and the keys keep working; otherwise they could never match, and are
 * left out with a note.
 */
public final class Import {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Import() {
    }

    public record Counts(int added, int present) {
    }

    public record Result(Map<String, Counts> tables, List<String> notes, boolean adoptedSecret) {
    }

    /** Into the store the settings name: the data dir's SQLite file, or the PostgreSQL database. */
    public static Result read(InputStream in, Settings settings) {
        return settings.database().isPostgres() ? intoPostgres(in, settings) : intoDataDir(in, settings.dataDir());
    }

    private static Result intoDataDir(InputStream in, Path dataDir) {
        DataDir.ensure(dataDir);
        // Held when free: no server can start (with a secret about to change) during the import.
        Optional<ServerLock> lock = ServerLock.tryAcquire(dataDir);
        try {
            Database db = Database.open(dataDir);
            try (JsonParser p = JSON.createParser(in); Handle h = db.jdbi().open()) {
                Run run = new Run(h, Dialect.SQLITE, BackupFile.readSecret(dataDir), lock.isPresent(), Place.DATA_DIR);
                h.useTransaction(tx -> run.parse(p));
                run.adopted().ifPresent(secret -> DataDir.writeSecret(dataDir.resolve(KeyHasher.FILE_NAME), secret));
                return run.result();
            } finally {
                db.close();
            }
        } catch (IOException e) {
            throw new OpsException("cannot read the export: " + e.getMessage(), e);
        } finally {
            lock.ifPresent(ServerLock::close);
        }
    }

    /**
     * The nodes share the secret through the database: adopting it is one more write of the
     * import's transaction. A node caches the secret at start, so it is adopted only while no
     * node is connected, as a data dir's only while its server lock is free.
     */
    private static Result intoPostgres(InputStream in, Settings settings) {
        Database db = Database.open(settings);
        try (JsonParser p = JSON.createParser(in); Handle h = db.jdbi().open()) {
            Run run = h.inTransaction(tx -> {
                Run r = new Run(h, Dialect.POSTGRES, SharedSecrets.read(h, KeyHasher.FILE_NAME),
                    PostgresNodes.sessions(h) == 0, Place.DATABASE);
                r.parse(p);
                r.adopted().ifPresent(secret -> SharedSecrets.replace(h, KeyHasher.FILE_NAME, secret));
                return r;
            });
            return run.result();
        } catch (IOException e) {
            throw new OpsException("cannot read the export: " + e.getMessage(), e);
        } finally {
            db.close();
        }
    }

    /** How the messages name the target, and what "a server runs on it" means there. */
    private enum Place {
        DATA_DIR("this data dir", "has a running server; stop it and import again"),
        DATABASE("this database", "has Cronkeeper nodes connected; stop every node and import again");

        final String name;
        final String running;

        Place(String name, String running) {
            this.name = name;
            this.running = running;
        }
    }

    /** One import: its header, its decisions and its counts. */
    private static final class Run {
        private final Handle h;
        private final Optional<String> ours;
        private final boolean serverStopped;
        private final Place place;
        private final RowImporter rows;
        private final Map<String, Counts> counts = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final EmptyDefault emptyDefault;
        private boolean isExport;
        private Optional<String> secret = Optional.empty();
        private boolean importKeys;
        private boolean adopt;

        /**
         * @param ours          the target's install secret, if it has one yet
         * @param serverStopped no server can be using {@code ours} (or start) while this runs
         */
        Run(Handle h, Dialect dialect, Optional<String> ours, boolean serverStopped, Place place) {
            this.h = h;
            this.ours = ours;
            this.serverStopped = serverStopped;
            this.place = place;
            this.rows = new RowImporter(h, dialect);
            this.emptyDefault = EmptyDefault.find(h);
        }

        void parse(JsonParser p) throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new OpsException("not a Cronkeeper export: expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "cronkeeper_export" -> {
                        if (p.getIntValue() != Export.FORMAT) {
                            throw new OpsException("export format " + p.getText() + " is not one this Cronkeeper reads");
                        }
                        isExport = true;
                    }
                    case "secret_key" -> secret = Optional.ofNullable(p.getValueAsString());
                    case "tables" -> tables(p);
                    default -> p.skipChildren();
                }
            }
        }

        private void tables(JsonParser p) throws IOException {
            if (!isExport) {
                throw new OpsException("not a Cronkeeper export: no \"cronkeeper_export\" field before \"tables\"");
            }
            decideKeys();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                Optional<Tables.Spec> spec = Tables.byName(name);
                Optional<TableInfo> table = spec.flatMap(s -> rows.table(name));
                boolean wanted = table.isPresent() && (importKeys || !name.equals("api_key"));
                if (!wanted) {
                    if (table.isEmpty()) {
                        notes.add("table " + name + " is not in this database's schema and was skipped");
                    }
                    p.skipChildren();
                    continue;
                }
                int added = 0;
                int present = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    ObjectNode row = p.readValueAsTree();
                    switch (rows.insert(table.get(), spec.get().key(), row)) {
                        case ADDED -> added++;
                        case PRESENT -> present++;
                        case ORPHAN -> { }
                    }
                    if (name.equals("project")) {
                        emptyDefault.seen(row.path("uuid").asText());
                    }
                }
                if (name.equals("project")) {
                    emptyDefault.dropIfReplaced(h).ifPresent(notes::add);
                }
                counts.put(name, new Counts(added, present));
            }
        }

        private void decideKeys() {
            int ourKeys = h.createQuery("SELECT count(*) FROM api_key").mapTo(Integer.class).one();
            importKeys = secret.isPresent() && (secret.equals(ours) || (ourKeys == 0 && serverStopped));
            adopt = importKeys && !secret.equals(ours);
            if (!importKeys) {
                notes.add(secret.isEmpty() ? "API keys were not imported: the export carries no install secret"
                    : "API keys were not imported: they were made under another install's secret, and " + place.name + " "
                    + (serverStopped ? "has API keys of its own" : place.running)
                    + ". Ping URLs work; make new API keys in the admin app");
            }
        }

        /** The export's secret, when the import takes it as the target's (to be stored by the caller). */
        Optional<String> adopted() {
            return adopt ? secret : Optional.empty();
        }

        Result result() {
            if (!isExport) {
                throw new OpsException("not a Cronkeeper export: no \"cronkeeper_export\" field");
            }
            List<String> all = new ArrayList<>(notes);
            all.addAll(rows.notes());
            return new Result(counts, all, adopt);
        }
    }
}
