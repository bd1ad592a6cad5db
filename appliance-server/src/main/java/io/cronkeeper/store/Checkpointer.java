package io.cronkeeper.store;

import io.cronkeeper.health.Heartbeat;
import io.cronkeeper.health.Supervisor;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;

/**
 * Copies the WAL back into the database file in the background. SQLite would otherwise do it
 * inside whichever commit crosses the threshold, and that commit (a ping's) would wait for the
 * copy and the database file's fsync. A PASSIVE checkpoint never blocks writers or readers.
 *
 * <p>Under steady writes a PASSIVE checkpoint never quite finishes: the ping writer appends while
 * it copies, and SQLite only starts the WAL over from its beginning when a new write finds every
 * frame copied. The WAL would then grow for as long as the load lasts (half a gigabyte in a
 * minute of benchmark). So once the log is long, the copy of its last few frames is made holding
 * the process's write lock: the writers wait for that short copy, and the next write restarts the
 * log, which {@code journal_size_limit} then trims.
 *
 * <p>A failed checkpoint (a full disk) is retried at the next pass; anything else that escapes,
 * an {@link Error} included, is its {@link Supervisor}'s to log and restart.
 */
final class Checkpointer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Checkpointer.class.getName());
    /**
     * Often, so each checkpoint's fsync of the database file stays small: a large one holds up
     * the ping writer's own sync of the WAL behind it in the file system's journal. With nothing
     * new in the log a PASSIVE checkpoint copies nothing and syncs nothing.
     */
    private static final long PERIOD_MILLIS = 200;
    /**
     * From this many frames on (64 MiB of 4 KiB pages), the log is made to start over. The copy
     * under the lock stalls the ping writer (about 2 ms after the unlocked passes), and the first
     * commit after a restart rewrites the log's header, so it should be rare: under the heaviest
     * benchmark load every few seconds, at a home lab's load never.
     */
    private static final long RESTART_FRAMES = 16_384;
    private static final int UNLOCKED_PASSES = 3;

    private final Jdbi jdbi;
    private final Path wal;
    private final ReentrantLock writeLock;
    private final long restartFrames;
    private final Heartbeat heartbeat;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long passes;

    /**
     * @param database  the database file; its log is the file beside it with {@code -wal} appended
     * @param writeLock the lock every transaction of this process takes (see {@link SerializedTransactions})
     */
    Checkpointer(Jdbi jdbi, Path database, ReentrantLock writeLock, Supervisor supervisor) {
        this(jdbi, database, writeLock, RESTART_FRAMES, supervisor);
    }

    /** @param restartFrames from this many frames in the log on, make it start over */
    Checkpointer(Jdbi jdbi, Path database, ReentrantLock writeLock, long restartFrames, Supervisor supervisor) {
        this.jdbi = jdbi;
        this.wal = database.resolveSibling(database.getFileName() + "-wal");
        this.writeLock = writeLock;
        this.restartFrames = restartFrames;
        this.heartbeat = supervisor.heartbeat("wal-checkpoint", Duration.ofSeconds(30));
        this.thread = supervisor.start(heartbeat, this::run);
    }

    private void run() throws InterruptedException {
        LogState checkpointed = LogState.NONE;
        boolean failing = false;
        while (running) {
            Thread.sleep(PERIOD_MILLIS);
            heartbeat.beat();
            try {
                // An idle appliance writes nothing for hours: then a stat of the log replaces
                // the checkpoint, which cost a pooled connection and a query five times a second.
                LogState now = LogState.of(wal);
                if (now.equals(checkpointed)) {
                    continue;
                }
                passes++;
                if (checkpoint("PASSIVE") >= restartFrames) {
                    restart();
                }
                checkpointed = now; // only once it went through: a failed one is tried again
                failing = false;
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.log(Level.WARNING, "WAL checkpoint failed; retrying until it goes through", e);
                }
                failing = true;
            }
        }
    }

    /**
     * The copy under the lock should be short: it holds up every ping. Each pass without the lock
     * copies what the writer appended during the one before, a shorter time each pass, so after
     * a few of them only a handful of frames are left for the locked one (measured: the locked
     * copy right after one pass held the writer up to 44 ms at 10,000 busy checks).
     */
    private void restart() {
        for (int pass = 0; pass < UNLOCKED_PASSES; pass++) {
            checkpoint("PASSIVE");
        }
        writeLock.lock();
        try {
            checkpoint("PASSIVE");
        } finally {
            writeLock.unlock();
        }
    }

    /** @return the frames in the log (-1 when another checkpoint was running) */
    private long checkpoint(String mode) {
        Map<String, Object> row = jdbi.withHandle(h ->
            h.createQuery("PRAGMA wal_checkpoint(" + mode + ")").mapToMap().one());
        return ((Number) row.get("log")).longValue();
    }

    /** Checkpoint passes started so far (for tests). */
    long passes() {
        return passes;
    }

    /**
     * The log's size and modification time, read before a checkpoint: a write after that read
     * changes one of them (or lands in the same clock tick, and then waits for the next write or
     * the final checkpoint; only the log's length depends on checkpoints, never a ping).
     */
    private record LogState(long size, long modifiedNanos) {
        static final LogState NONE = new LogState(-1, -1);

        static LogState of(Path wal) {
            try {
                BasicFileAttributes a = Files.readAttributes(wal, BasicFileAttributes.class);
                return new LogState(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                return NONE;
            }
        }
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
