package io.cronkeeper.ops;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.store.DataDir;
import io.cronkeeper.store.Database;
import io.cronkeeper.store.ServerLock;
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
 * Reads an export into a data dir, in one transaction, row by row (an export with pings can
 * be large). Keyed on UUIDs, so the checks keep their ping URLs and a second run adds nothing.
 * <p>API keys are stored as HMACs under the exporting install's secret. Into a data dir with no
 * API keys of its own and no server running, the import adopts that secret and the keys keep
 * working; otherwise they could never match, and are left out with a note.
 */
public final class Import {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Import() {
    }

    public record Counts(int added, int present) {
    }

    public record Result(Map<String, Counts> tables, List<String> notes, boolean adoptedSecret) {
    }

    public static Result read(InputStream in, Path dataDir) {
        DataDir.ensure(dataDir);
        // Held when free: no server can start (with a secret about to change) during the import.
        Optional<ServerLock> lock = ServerLock.tryAcquire(dataDir);
        try {
            Database db = Database.open(dataDir);
            try (JsonParser p = JSON.createParser(in); Handle h = db.jdbi().open()) {
                Run run = new Run(h, dataDir, lock.isPresent());
                h.useTransaction(tx -> run.parse(p));
                run.adoptSecretIfAgreed();
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

    /** One import: its header, its decisions and its counts. */
    private static final class Run {
        private final Handle h;
        private final Path dataDir;
        private final boolean serverStopped;
        private final RowImporter rows;
        private final Map<String, Counts> counts = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final EmptyDefault emptyDefault;
        private boolean isExport;
        private Optional<String> secret = Optional.empty();
        private boolean importKeys;
        private boolean adopt;

        Run(Handle h, Path dataDir, boolean serverStopped) {
            this.h = h;
            this.dataDir = dataDir;
            this.serverStopped = serverStopped;
            this.rows = new RowImporter(h);
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
            Optional<String> ours = BackupFile.readSecret(dataDir);
            int ourKeys = h.createQuery("SELECT count(*) FROM api_key").mapTo(Integer.class).one();
            importKeys = secret.isPresent() && (secret.equals(ours) || (ourKeys == 0 && serverStopped));
            adopt = importKeys && !secret.equals(ours);
            if (!importKeys) {
                notes.add(secret.isEmpty() ? "API keys were not imported: the export carries no install secret"
                    : "API keys were not imported: they were made under another install's secret, and this data dir "
                    + (serverStopped ? "has API keys of its own" : "has a running server; stop it and import again")
                    + ". Ping URLs work; make new API keys in the admin app");
            }
        }

        void adoptSecretIfAgreed() {
            if (adopt) {
                DataDir.writeSecret(dataDir.resolve(KeyHasher.FILE_NAME), secret.orElseThrow());
            }
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
