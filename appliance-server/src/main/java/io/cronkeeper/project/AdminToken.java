package io.cronkeeper.project;

import io.cronkeeper.store.DataDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bearer token of the admin API. The desktop app on the same machine reads it from
 * {@code <data dir>/admin-token} (mode 0600); a configured token takes its place.
 */
public final class AdminToken {
    public static final String FILE_NAME = "admin-token";

    private AdminToken() {
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
