package io.cronkeeper.store;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/**
 * Copies the WAL back into the database file in the background. SQLite would otherwise do it
 * inside whichever commit crosses the threshold, and that commit (a ping's) would wait for the
 * copy and the database file's fsync. A PASSIVE checkpoint never blocks writers or readers.
 */
final class Checkpointer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Checkpointer.class.getName());
    private static final long WAL_THRESHOLD_BYTES = 4L * 1024 * 1024;
    private static final long PERIOD_MILLIS = 250;

    private final Jdbi jdbi;
    private final Path wal;
    private final Thread thread;
    private volatile boolean running = true;

    Checkpointer(Jdbi jdbi, Path databaseFile) {
        this.jdbi = jdbi;
        this.wal = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
        this.thread = Thread.ofPlatform().name("wal-checkpoint").daemon(true).start(this::run);
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(PERIOD_MILLIS);
                if (Files.exists(wal) && Files.size(wal) > WAL_THRESHOLD_BYTES) {
                    checkpoint("PASSIVE");
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "WAL checkpoint failed; will retry", e);
            }
        }
    }

    private void checkpoint(String mode) {
        jdbi.useHandle(h -> h.createQuery("PRAGMA wal_checkpoint(" + mode + ")").mapToMap().list());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
            checkpoint("TRUNCATE");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "final WAL checkpoint failed", e);
        }
    }
}
