package io.cronkeeper.ops;

import io.cronkeeper.config.DatabaseSettings;
import java.nio.file.Path;

/**
 * {@code backup} and {@code restore} copy the SQLite file. With PostgreSQL its own tools do that
 * job better (a consistent dump while the nodes run, restores across versions), so the commands
 * refuse and print the {@code pg_dump}/{@code pg_restore} line for this database instead of
 * wrapping tools the node may not have (issue 17). Never with the password: libpq asks for it.
 */
public final class PgDumpAdvice {
    private PgDumpAdvice() {
    }

    public static String backup(DatabaseSettings.Postgres db, Path to) {
        return "backup copies the embedded SQLite database, but this install keeps its data in PostgreSQL ("
            + libpqUrl(db) + "). Back it up with PostgreSQL's own tool; it is safe while the nodes run:\n"
            + "  pg_dump -Fc -d " + quote(libpqUrl(db)) + " -f " + quote(to.toString()) + "\n"
            + "pg_dump asks for the password, or reads PGPASSWORD or ~/.pgpass; use a pg_dump at least as new as the"
            + " server. The dump holds the install secret and the admin token too: after a restore, API keys, badge"
            + " links and the desktop app's token keep working.";
    }

    public static String restore(DatabaseSettings.Postgres db, Path from) {
        return "restore replaces the embedded SQLite database, but this install keeps its data in PostgreSQL ("
            + libpqUrl(db) + "). Stop every node (sudo systemctl stop cronkeeper on each), restore a pg_dump file"
            + " with PostgreSQL's own tool, then start the nodes again:\n"
            + "  pg_restore --clean --if-exists --no-owner --single-transaction -d " + quote(libpqUrl(db)) + " "
            + quote(from.toString()) + "\n"
            + "pg_restore asks for the password, or reads PGPASSWORD or ~/.pgpass. --single-transaction: a failed"
            + " restore changes nothing.";
    }

    /** The URL as configured, less any password in it: libpq reads the same form. */
    static String libpqUrl(DatabaseSettings.Postgres db) {
        return db.display().replaceFirst("^([a-z]+://[^:/@]*):\\*\\*\\*\\*@", "$1@");
    }

    /** For a POSIX shell: single quotes, each inner one closed, escaped and reopened. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
