package io.cronkeeper.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves raw setting values by precedence: CLI flag, then environment, then the config file
 * ({@code --config FILE}, else {@code /etc/cronkeeper/server.yaml} when present), then defaults.
 * A secret setting may also come from {@code <ENV NAME>_FILE}, which names a file holding it.
 * When {@code CRONKEEPER_ENV_FILE} names a file (the packaged {@code cronkeeper} command names
 * the service's {@code cronkeeper.env}), its variables, read as systemd reads them, override the
 * process's environment, as that file overrides the unit's {@code Environment=} lines.
 */
public final class SettingsLoader {
    public static final Path SYSTEM_CONFIG = Path.of("/etc/cronkeeper/server.yaml");
    public static final String ENV_FILE = "CRONKEEPER_ENV_FILE";

    private final Map<String, String> env;
    private final Path systemConfig;

    public SettingsLoader(Map<String, String> env, Path systemConfig) {
        this.env = env;
        this.systemConfig = systemConfig;
    }

    public static SettingsLoader fromSystem() {
        return new SettingsLoader(System.getenv(), SYSTEM_CONFIG);
    }

    /**
     * @param flags values given on the command line
     * @param configFile the {@code --config} flag, if given
     */
    /** An environment variable that is not a setting, e.g. a command's secret ({@code HC_API_KEY}). */
    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    public Settings load(Map<Setting, String> flags, Optional<Path> configFile) {
        Map<String, String> env = environment();
        Map<Setting, String> file = readConfigFile(configFile);
        var raw = new EnumMap<Setting, String>(Setting.class);
        for (Setting s : Setting.values()) {
            Optional<String> value = Optional.ofNullable(flags.get(s))
                .or(() -> fromEnv(s, env))
                .or(() -> Optional.ofNullable(file.get(s)));
            value.ifPresent(v -> raw.put(s, v));
        }
        return new SettingsParser(env).parse(raw);
    }

    /** The environment file read on top of the process's environment, if one is named. */
    public Optional<Path> envFile() {
        return Optional.ofNullable(env.get(ENV_FILE)).filter(f -> !f.isEmpty()).map(Path::of);
    }

    private Map<String, String> environment() {
        Optional<Path> envFile = envFile();
        if (envFile.isEmpty()) {
            return env;
        }
        Map<String, String> merged = new java.util.HashMap<>(env);
        merged.putAll(EnvFile.read(envFile.get()));
        return merged;
    }

    private static Optional<String> fromEnv(Setting s, Map<String, String> env) {
        for (String name : s.envNames()) {
            if (s.secret()) {
                String fileName = env.get(name + "_FILE");
                if (fileName != null && !fileName.isEmpty()) {
                    return Optional.of(readSecretFile(name + "_FILE", fileName));
                }
            }
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return Optional.of(value);
            }
        }
        return HealthchecksFlags.derive(s, env);
    }

    private static String readSecretFile(String name, String fileName) {
        try {
            return Files.readString(Path.of(fileName), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new SettingsException(name + ": cannot read '" + fileName + "': " + e.getMessage());
        }
    }

    /** A file of blank lines and {@code #} comments is an empty YAML document. */
    private static boolean onlyComments(Path path) throws IOException {
        try (var lines = Files.lines(path, java.nio.charset.StandardCharsets.UTF_8)) {
            return lines.map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"));
        } catch (java.io.UncheckedIOException e) {
            return false;  // not UTF-8: the YAML parser says what is wrong with it
        }
    }

    private Map<Setting, String> readConfigFile(Optional<Path> configFile) {
        Path path = configFile.orElse(systemConfig);
        var values = new EnumMap<Setting, String>(Setting.class);
        if (configFile.isEmpty() && !Files.isRegularFile(path)) {
            return values;
        }
        JsonNode root;
        try {
            if (onlyComments(path)) {
                return values;  // the packaged template as shipped: no YAML parser to start (issue 16)
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
        } catch (IOException e) {
            throw new SettingsException("config file: cannot read '" + path + "': " + oneLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return values;
        }
        if (!root.isObject()) {
            throw new SettingsException("config file: '" + path + "' must be a mapping of setting: value");
        }
        var fields = root.properties();
        for (var field : fields) {
            Setting setting = byKey(field.getKey())
                .orElseThrow(() -> new SettingsException("config file: unknown setting '" + field.getKey()
                    + "' in '" + path + "'"));
            JsonNode v = field.getValue();
            if (v.isContainerNode()) {
                throw new SettingsException(setting.key() + ": must be a single value in '" + path + "'");
            }
            if (!v.isNull()) {
                values.put(setting, v.asText());
            }
        }
        return values;
    }

    /** Accepts the kebab-case key, snake_case, and the environment name. */
    static Optional<Setting> byKey(String key) {
        String normal = key.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (Setting s : Setting.values()) {
            if (s.key().equals(normal) || ("cronkeeper-" + s.key()).equals(normal)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
