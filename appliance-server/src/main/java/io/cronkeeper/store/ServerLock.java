package io.cronkeeper.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running server holds an exclusive lock on {@code <data dir>/server.lock} until it stops.
 * The operating system drops the lock when the process dies, even by {@code kill -9}, so a
 * stale file never blocks anything: only a held lock means "a server is running here".
 * Commands that must not run beside a server ({@code restore}) take the same lock.
 */
public final class ServerLock implements AutoCloseable {
    public static final String FILE_NAME = "server.lock";
    /**
     * Lock files this JVM holds. POSIX drops a process's lock when it closes any descriptor of
     * the file, so a second look from this JVM must not open (and close) the file at all.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private ServerLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails with a message naming the data dir when a server holds it. */
    public static ServerLock acquire(Path dataDir) {
        return tryAcquire(dataDir).orElseThrow(() -> new HeldException("a Cronkeeper server is already running on data dir "
            + dataDir + " (it holds " + dataDir.resolve(FILE_NAME) + ")"));
    }

    /** The lock, or empty while another server (in this process or another) holds it. */
    public static Optional<ServerLock> tryAcquire(Path dataDir) {
        DataDir.ensure(dataDir);
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (!HELD_HERE.add(file)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new ServerLock(file, channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Held through another path to the same file in this JVM.
        } catch (IOException e) {
            HELD_HERE.remove(file);
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
        closeQuietly(channel);
        HELD_HERE.remove(file);
        return Optional.empty();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // Nothing held through it.
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
        HELD_HERE.remove(file);
    }

    /** Another server runs on the data dir. */
    public static final class HeldException extends IllegalStateException {
        HeldException(String message) {
            super(message);
        }
    }
}
