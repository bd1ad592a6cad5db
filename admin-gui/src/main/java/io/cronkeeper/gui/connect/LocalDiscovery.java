package io.cronkeeper.gui.connect;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Finds the server on this machine without asking: flags first, then
 * {@code <config dir>/admin.properties} ({@code url}, {@code token}, {@code token-file},
 * {@code data-dir}), then the server's own defaults (its data dir, port 8000). The token is
 * read from {@code <data dir>/admin-token}, the file the server writes at its first start.
 */
public final class LocalDiscovery {
    public static final String PROPERTIES = "admin.properties";
    public static final String LOCAL_NAME = "This computer";

    /** What was found; {@code problem} says in words why no server could be set up. */
    public record Result(Optional<ServerProfile> profile, String problem) {
    }

    private LocalDiscovery() {
    }

    public static Result discover(LaunchOptions options, Path configDir, Map<String, String> env, Path home) {
        Properties props = properties(configDir.resolve(PROPERTIES));
        String port = env.getOrDefault("CRONKEEPER_PORT", "8000").strip();
        String url = options.get("url").or(() -> prop(props, "url")).orElse("http://localhost:" + port);
        Path dataDir = options.get("data-dir").or(() -> prop(props, "data-dir")).map(Path::of)
            .orElseGet(() -> ConfigDir.defaultDataDir(env, home));
        Optional<String> token = options.get("token").or(() -> prop(props, "token"));
        if (token.isPresent()) {
            return found(new ServerProfile(LOCAL_NAME, url, token.get(), "", ""));
        }
        Path tokenFile = options.get("token-file").or(() -> prop(props, "token-file")).map(Path::of)
            .orElse(dataDir.resolve("admin-token"));
        if (!Files.isReadable(tokenFile)) {
            return new Result(Optional.empty(), "No admin token at " + tokenFile + ". Start the server on this machine "
                + "once (it writes the token there), or connect to a server by URL and token.");
        }
        return found(new ServerProfile(LOCAL_NAME, url, "", tokenFile.toAbsolutePath().toString(), ""));
    }

    private static Result found(ServerProfile profile) {
        return new Result(Optional.of(profile), "");
    }

    private static Optional<String> prop(Properties props, String key) {
        return Optional.ofNullable(props.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Properties properties(Path file) {
        var props = new Properties();
        if (Files.isReadable(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                props.load(in);
            } catch (IOException e) {
                // An unreadable file counts as absent: the defaults still find a local server.
            }
        }
        return props;
    }
}
