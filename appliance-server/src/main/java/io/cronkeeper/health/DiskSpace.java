package io.cronkeeper.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Free space where the database lives, and the sizes of its files. */
public final class DiskSpace {
    private final Path database;
    private final long threshold;

    /** @param threshold below this many free bytes, warn */
    public DiskSpace(Path database, long threshold) {
        // Absolute: a relative data dir (--data-dir data) with PostgreSQL names a file with no parent.
        this.database = database.toAbsolutePath();
        this.threshold = threshold;
    }

    /** Sizes in bytes; -1 where a file cannot be read. */
    public record Sample(long freeBytes, long thresholdBytes, long databaseBytes, long walBytes) {
    }

    public Sample sample() {
        return new Sample(free(), threshold, size(database), size(database.resolveSibling(database.getFileName() + "-wal")));
    }

    public Optional<String> warning() {
        long free = free();
        if (free >= 0 && free < threshold) {
            return Optional.of("low disk space: " + mib(free) + " free in " + database.getParent()
                + " (warning below " + mib(threshold) + ")");
        }
        return Optional.empty();
    }

    private long free() {
        try {
            return Files.getFileStore(database.getParent()).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
