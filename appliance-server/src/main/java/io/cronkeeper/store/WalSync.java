package io.cronkeeper.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes the ping writer's commits durable: an {@code fdatasync} of the WAL file right after each
 * commit, before any of its pings is answered. That is what SQLite's {@code synchronous=FULL} does
 * inside every commit, except that the SQLite build we ship calls {@code fsync}, which on ext4
 * also commits the file system's journal for the WAL's new modification time at every commit;
 * {@code fdatasync} writes the frames (and the file size when it grows) and skips that. The
 * writer's connection therefore commits with {@code synchronous=NORMAL} and calls {@link #sync()}.
 *
 * <p>Sound because a sync covers every frame written to the WAL before it began, and SQLite with
 * NORMAL still syncs the WAL header when it starts the log over and syncs the WAL before each
 * checkpoint copies from it.
 */
public final class WalSync implements CommitSync {
    private final Path wal;
    private FileChannel channel;

    WalSync(Path databaseFile) {
        this.wal = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
    }

    /** Every WAL frame written before this call is on stable storage when it returns. */
    @Override
    public synchronized void sync() throws IOException {
        if (channel == null) {
            // Opened on first use: SQLite creates the file with the writer's first transaction,
            // and keeps it (the same file) for as long as any connection is open.
            channel = FileChannel.open(wal, StandardOpenOption.WRITE);
        }
        channel.force(false);
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing is written through this channel; closing it cannot lose data.
            }
            channel = null;
        }
    }
}
