package io.cronkeeper.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under writes that never pause, a PASSIVE checkpoint never finds the whole log copied, so SQLite
 * never starts the log over and the WAL file grows for as long as the load lasts (it reached half
 * a gigabyte in a minute of benchmark). The checkpointer's copy under the write lock must let it
 * start over, again and again.
 */
class CheckpointerTest {
    private static final long RESTART_FRAMES = 256;
    /** Without the fix the log starts over rarely if ever; with it, every ~1 MiB (plus 200 ms of writes). */
    private static final long MAX_WRITTEN_BYTES = 256L * 1024 * 1024;
    private static final int RESTARTS = 4;
    /** The WAL header's salt-1 (offset 16) changes each time SQLite starts the log over. */
    private static final int SALT_OFFSET = 16;

    @TempDir
    Path dir;

    @Test
    void theLogStartsOverWhileWritesNeverPause() throws Exception {
        Path file = dir.resolve("test.db");
        // NORMAL and no automatic checkpoints: fast commits, and the checkpointer is the only one copying.
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + file
            + "?journal_mode=WAL&synchronous=NORMAL&wal_autocheckpoint=0&busy_timeout=10000");
        ReentrantLock writeLock = new ReentrantLock(true);
        Set<Integer> salts = new HashSet<>();
        try (Handle writer = jdbi.open();
             Checkpointer checkpointer = new Checkpointer(jdbi, file, writeLock, RESTART_FRAMES, new io.cronkeeper.health.Supervisor(status -> { throw new AssertionError("exit " + status); }))) {
            writer.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)");
            byte[] row = new byte[3000];
            try (FileChannel wal = FileChannel.open(dir.resolve("test.db-wal"), StandardOpenOption.READ)) {
                for (long written = 0; written < MAX_WRITTEN_BYTES && salts.size() <= RESTARTS; written += row.length) {
                    writeLock.lock();
                    try {
                        writer.execute("BEGIN IMMEDIATE");
                        writer.execute("INSERT INTO t (data) VALUES (?)", (Object) row);
                        writer.execute("COMMIT");
                    } finally {
                        writeLock.unlock();
                    }
                    ByteBuffer salt = ByteBuffer.allocate(4);
                    wal.read(salt, SALT_OFFSET);
                    salts.add(salt.flip().getInt());
                }
            }
        }
        // The first salt is the log's own; each restart adds one.
        assertThat(salts).hasSizeGreaterThan(RESTARTS);
    }

    @Test
    void anUnchangedLogIsNotCheckpointedAgain() throws Exception {
        Path file = dir.resolve("idle.db");
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + file + "?journal_mode=WAL&wal_autocheckpoint=0");
        try (Handle writer = jdbi.open();
             Checkpointer checkpointer = new Checkpointer(jdbi, file, new ReentrantLock(), RESTART_FRAMES, new io.cronkeeper.health.Supervisor(status -> { throw new AssertionError("exit " + status); }))) {
            writer.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
            long afterWrite = awaitPassesAbove(checkpointer, 0);

            Thread.sleep(1_000); // five periods with nothing written
            assertThat(checkpointer.passes()).isEqualTo(afterWrite);

            writer.execute("INSERT INTO t DEFAULT VALUES");
            awaitPassesAbove(checkpointer, afterWrite);
        }
    }

    private static long awaitPassesAbove(Checkpointer checkpointer, long passes) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (checkpointer.passes() <= passes) {
            assertThat(System.nanoTime()).as("a checkpoint after the write").isLessThan(deadline);
            Thread.sleep(50);
        }
        Thread.sleep(300); // let the pass finish and the period after it go by
        return checkpointer.passes();
    }
}
