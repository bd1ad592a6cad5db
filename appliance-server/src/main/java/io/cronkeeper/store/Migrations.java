package io.cronkeeper.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Applies {@code db/migration/*.sql} in the order of {@code migrations.txt}, each in its own
 * transaction, recording the version reached. A shipped file is never edited: changes are new files.
 */
public final class Migrations {
    private static final String DIR = "/db/migration/";
    private final Jdbi jdbi;

    Migrations(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void apply() {
        List<String> files = files();
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied INTEGER NOT NULL)");
            int current = h.createQuery("SELECT coalesce(max(version), 0) FROM schema_version").mapTo(Integer.class).one();
            if (current > files.size()) {
                throw new SchemaTooNewException("the database schema is version " + current
                    + " but this Cronkeeper knows only up to " + files.size()
                    + "; it was written by a newer release. Install that release again or restore a backup.");
            }
            for (int v = current + 1; v <= files.size(); v++) {
                applyOne(h, v, read(files.get(v - 1)));
            }
        });
    }

    /** The schema version this build migrates to. */
    static int latest() {
        return files().size();
    }

    private static List<String> files() {
        return read("migrations.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static void applyOne(Handle h, int version, String sql) {
        h.useTransaction(tx -> {
            for (String statement : sql.split(";\\s*(\\n|$)")) {
                String s = stripComments(statement);
                if (!s.isBlank()) {
                    tx.execute(s);
                }
            }
            tx.execute("INSERT INTO schema_version (version, applied) VALUES (?, strftime('%s','now'))", version);
        });
    }

    private static String stripComments(String sql) {
        return sql.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database was written by a newer release; refusing protects its data. */
    public static final class SchemaTooNewException extends RuntimeException {
        public SchemaTooNewException(String message) {
            super(message);
        }
    }
}
