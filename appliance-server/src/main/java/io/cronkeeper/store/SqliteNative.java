package io.cronkeeper.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where sqlite-jdbc unpacks its native library. By default that is java.io.tmpdir, and many
 * hardened hosts mount /tmp {@code noexec} (a systemd unit's {@code PrivateTmp=} inherits that),
 * where loading it fails with "failed to map segment". So it goes under the data dir, which the
 * server owns and must be able to use anyway. The packages ship the library unpacked and name it
 * with {@code -Dorg.sqlite.lib.path}; a choice made with either property is left alone.
 */
public final class SqliteNative {
    static final String DIR = "native";

    private SqliteNative() {
    }

    /** Call before the first SQLite connection; later calls change nothing once the library is loaded. */
    public static synchronized void unpackUnder(Path dataDir) {
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.tmpdir") != null) {
            return;
        }
        Path dir = dataDir.toAbsolutePath().resolve(DIR);
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + " for SQLite's native library: " + e.getMessage(), e);
        }
        System.setProperty("org.sqlite.tmpdir", dir.toString());
    }
}
