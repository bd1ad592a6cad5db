package io.cronkeeper.gui.connect;

import java.nio.file.Path;
import java.util.Map;

/** Where the app keeps its settings: {@code $XDG_CONFIG_HOME/cronkeeper}, else {@code ~/.config/cronkeeper}. */
public final class ConfigDir {
    private ConfigDir() {
    }

    public static Path of(Map<String, String> env, Path home) {
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        return (xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("cronkeeper");
    }

    /** The server's default data dir, where it writes the admin token: as the server computes it. */
    public static Path defaultDataDir(Map<String, String> env, Path home) {
        String explicit = env.getOrDefault("CRONKEEPER_DATA_DIR", "");
        if (!explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.getOrDefault("XDG_DATA_HOME", "");
        return (xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve("cronkeeper");
    }
}
