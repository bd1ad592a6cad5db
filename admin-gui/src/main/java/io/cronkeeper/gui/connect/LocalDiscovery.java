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
 * read from {@code <data dir>/admin-token}, the file the server writes at its first start. When
 * neither a data dir nor a token file was named, the packaged server's token
 * ({@code /var/lib/cronkeeper/admin-token}, group {@code cronkeeper}) is tried after the user's own,
 * at the port its {@code /etc/cronkeeper/server.yaml} names (see {@link PackagedServer}).
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
        return discover(options, configDir, env, home, PackagedServer.real(env));
    }

    public static Result discover(LaunchOptions options, Path configDir, Map<String, String> env, Path home,
                                  PackagedServer system) {
        Properties props = properties(configDir.resolve(PROPERTIES));
        String port = env.getOrDefault("CRONKEEPER_PORT", "8000").strip();
        Optional<String> namedUrl = options.get("url").or(() -> prop(props, "url"));
        String url = namedUrl.orElse("http://localhost:" + port);
        Optional<String> token = options.get("token").or(() -> prop(props, "token"));
        if (token.isPresent()) {
            return found(new ServerProfile(LOCAL_NAME, url, token.get(), "", ""));
        }
        Optional<Path> namedFile = options.get("token-file").or(() -> prop(props, "token-file")).map(Path::of);
        Optional<Path> namedDir = options.get("data-dir").or(() -> prop(props, "data-dir")).map(Path::of);
        Path tokenFile = namedFile.orElseGet(() -> namedDir.orElseGet(() -> ConfigDir.defaultDataDir(env, home))
            .resolve("admin-token"));
        if (system.access().apply(tokenFile) == PackagedServer.Access.READABLE) {
            return found(profile(url, tokenFile));
        }
        // Only the defaults fall back to the packaged server: a named file or dir is what the user meant.
        Path packaged = system.tokenFile();
        boolean defaults = namedFile.isEmpty() && namedDir.isEmpty();
        PackagedServer.Access access = defaults ? system.access().apply(packaged) : PackagedServer.Access.MISSING;
        if (access == PackagedServer.Access.READABLE) {
            return found(profile(namedUrl.orElseGet(system::url), packaged));
        }
        if (access == PackagedServer.Access.DENIED) {
            return new Result(Optional.empty(), system.deniedAdvice());
        }
        return new Result(Optional.empty(), "No admin token at " + tokenFile + (defaults ? " or " + packaged : "")
            + ". Start the server on this machine once (it writes the token there), or connect to a server by URL "
            + "and token.");
    }

    private static ServerProfile profile(String url, Path tokenFile) {
        return new ServerProfile(LOCAL_NAME, url, "", tokenFile.toAbsolutePath().toString(), "");
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
