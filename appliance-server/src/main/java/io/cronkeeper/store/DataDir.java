package io.cronkeeper.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The data dir holds the database and secrets, so only its owner may enter it. */
public final class DataDir {
    private DataDir() {
    }

    public static void ensure(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data dir " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes a secret file readable by its owner only, never briefly readable by others. */
    public static void writeSecret(Path file, String content) {
        try {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", "",
                PosixFilePermissions.asFileAttribute(ownerOnly));
            Files.writeString(tmp, content + "\n");
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
