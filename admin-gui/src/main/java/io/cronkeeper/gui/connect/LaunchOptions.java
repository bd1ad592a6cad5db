package io.cronkeeper.gui.connect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Command-line flags: {@code --url URL}, {@code --token TOKEN}, {@code --token-file FILE},
 * {@code --data-dir DIR} (a local server's data dir), {@code --config-dir DIR},
 * {@code --server NAME} (a remembered server). {@code --key=value} works too.
 */
public record LaunchOptions(Map<String, String> flags) {
    private static final List<String> KNOWN = List.of("url", "token", "token-file", "data-dir", "config-dir", "server");

    public static LaunchOptions parse(List<String> args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String key = arg.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("unknown option --" + key + " (known: --" + String.join(", --", KNOWN) + ")");
            }
            flags.put(key, value);
        }
        return new LaunchOptions(Map.copyOf(flags));
    }

    /** Whether the flags name a server for this launch, rather than leaving the choice to the app. */
    public boolean namesServer() {
        return List.of("url", "token", "token-file", "data-dir").stream().anyMatch(k -> get(k).isPresent());
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(flags.get(key)).filter(v -> !v.isBlank());
    }
}
