package io.cronkeeper.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.cronkeeper.store.Dialect;
import io.cronkeeper.store.Migrations;
import java.nio.charset.StandardCharsets;
import org.jdbi.v3.core.Handle;

/** Schema versions: the one this build migrates to, and the one a database file is at. */
final class Schema {
    private Schema() {
    }

    /** The number of migrations this build ships (see {@code store.Migrations}). */
    static int latest() {
        try (InputStream in = Schema.class.getResourceAsStream("/db/migration/migrations.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /db/migration/migrations.txt");
            }
            return (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version a database is at; 0 when it has no schema table (not a Cronkeeper database). */
    static int of(Handle h, Dialect dialect) {
        if (!hasTable(h, dialect, "schema_version")) {
            return 0;
        }
        return h.createQuery("SELECT coalesce(max(version), 0) FROM schema_version").mapTo(Integer.class).one();
    }

    static boolean hasTable(Handle h, Dialect dialect, String table) {
        if (dialect == Dialect.POSTGRES) {
            return PostgresCatalog.hasTable(h, table);
        }
        return h.createQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :t")
            .bind("t", table).mapTo(Integer.class).one() > 0;
    }

    /** Throws unless the database was written by Cronkeeper, at a version this build can run. */
    static int requireUsable(Handle h, Dialect dialect, String what) {
        int version = of(h, dialect);
        if (version == 0 || !hasTable(h, dialect, "project")) {
            throw new OpsException(what + " is not a Cronkeeper database");
        }
        if (version > latest()) {
            throw new Migrations.SchemaTooNewException(what + " has schema version " + version + " but this Cronkeeper knows only up to "
                + latest() + "; it was written by a newer release. Install that release to use it.");
        }
        return version;
    }
}
