package io.cronkeeper.project;

import io.cronkeeper.store.DataDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer token of the admin API. The desktop app on the same machine reads it from
 * {@code <data dir>/admin-token} (mode 0600); a configured token takes its place.
 */
public final class AdminToken {
    public static final String FILE_NAME = "admin-token";

    private AdminToken() {
    }

    /**
     * With PostgreSQL the token lives in the database the nodes share; a copy goes to the data
     * dir's file as well, where the desktop app on this machine looks for it.
     */
    public static String ensure(io.cronkeeper.store.Database db, Path dataDir, Optional<String> configured) {
        if (configured.isPresent() || db.dialect() != io.cronkeeper.store.Dialect.POSTGRES) {
            return ensure(dataDir, configured);
        }
        Path file = dataDir.resolve(FILE_NAME);
        // The first node offers the token its data dir already has (an install moved over from
        // SQLite), so the desktop app's saved token goes on working; later nodes take the shared one.
        String token = io.cronkeeper.store.SharedSecrets.ensure(db.jdbi(), FILE_NAME, () -> local(file).orElseGet(Tokens::adminToken));
        try {
            if (!Files.exists(file) || !Files.readString(file).strip().equals(token)) {
                io.cronkeeper.store.DataDir.ensure(dataDir);
                // A copy the package made group-readable (admin-token --group-readable) stays so.
                Optional<Set<PosixFilePermission>> mode = Files.exists(file)
                    ? Optional.of(Files.getPosixFilePermissions(file)) : Optional.empty();
                DataDir.writeSecret(file, token);
                if (mode.isPresent()) {
                    Files.setPosixFilePermissions(file, mode.get());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Only the local copy: the server and the CLI read the token from the database.
            System.getLogger(AdminToken.class.getName()).log(System.Logger.Level.WARNING,
                "cannot write the admin token's local copy " + file + ": " + e.getMessage());
        }
        return token;
    }

    private static Optional<String> local(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()).filter(t -> !t.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Returns the token, creating the file on first start unless one is configured. */
    public static String ensure(Path dataDir, Optional<String> configured) {
        if (configured.isPresent()) {
            return configured.get();
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String token = Tokens.adminToken();
        DataDir.writeSecret(file, token);
        return token;
    }
}
