package io.cronkeeper.gui.connect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The few server settings the app needs to reach a local server, read as the server reads them:
 * {@code cronkeeper.env} ({@code CRONKEEPER_PORT=...}) over {@code server.yaml} ({@code port: ...},
 * kebab-case or snake_case keys) over the defaults. The server's YAML is flat ({@code key: value}
 * lines), so this small reader is enough and spares the app a YAML library at start-up.
 * TLS settings are not needed: the server always serves HTTP on {@code port} too, and from this
 * machine the token travels over loopback only, where TLS adds no privacy but a certificate question.
 */
record ServerConfig(String host, int port) {
    static final int DEFAULT_PORT = 8000;

    static ServerConfig read(Path yaml, Path envFile, Function<Path, PackagedServer.Access> access) {
        Map<String, String> values = new HashMap<>();
        if (access.apply(yaml) == PackagedServer.Access.READABLE) {
            values.putAll(lines(yaml, ":"));
        }
        // The env file is group-readable only (it holds secrets); members see the overrides too.
        if (access.apply(envFile) == PackagedServer.Access.READABLE) {
            lines(envFile, "=").forEach((k, v) -> {
                if (k.startsWith("cronkeeper-")) {
                    values.put(k.substring("cronkeeper-".length()), v);
                }
            });
        }
        return new ServerConfig(values.getOrDefault("host", "::"), port(values.get("port"), DEFAULT_PORT));
    }

    /**
     * The HTTP address from this machine: loopback when the server listens on every address (the
     * default), else the one address it is bound to.
     */
    String localUrl() {
        String h = host.strip();
        boolean everywhere = h.isEmpty() || h.equals("::") || h.equals("0.0.0.0") || h.equals("*");
        String name = everywhere ? "localhost" : h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
        return "http://" + name + ":" + port;
    }

    private static int port(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int p = Integer.parseInt(value.strip());
            return p > 0 && p <= 65535 ? p : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** {@code key<sep>value} lines; comments, blank lines and quotes dropped; keys in kebab-case. */
    private static Map<String, String> lines(Path file, String separator) {
        Map<String, String> out = new HashMap<>();
        try {
            for (String raw : Files.readAllLines(file)) {
                String line = raw.strip();
                if (line.startsWith("export ")) {
                    line = line.substring(7).strip();
                }
                int at = line.indexOf(separator);
                if (line.isEmpty() || line.startsWith("#") || at <= 0) {
                    continue;
                }
                String key = line.substring(0, at).strip().toLowerCase(Locale.ROOT).replace('_', '-');
                out.put(key, unquote(withoutComment(line.substring(at + 1).strip())));
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable or odd file counts as absent: the defaults still find the server.
        }
        return out;
    }

    private static String withoutComment(String value) {
        if (value.startsWith("\"") || value.startsWith("'")) {
            return value;
        }
        int hash = value.indexOf(" #");
        return hash >= 0 ? value.substring(0, hash).strip() : value;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
