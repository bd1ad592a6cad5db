package io.cronkeeper.cli;

import io.cronkeeper.config.Setting;
import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.config.SettingsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The flags every command takes; each one overrides the environment and the config file. The
 * top-level command and every subcommand mix these in, so a flag works before or after the
 * subcommand ({@code cronkeeper --data-dir D migrate} = {@code cronkeeper migrate --data-dir D}):
 * a command merges its own with those its parents parsed. The same flag given twice with
 * different values is refused (exit 2) rather than letting one win silently.
 */
public final class SettingsOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML config file (default /etc/cronkeeper/server.yaml if present)")
    Path config;
    @Option(names = "--data-dir", paramLabel = "DIR", description = "data directory (env CRONKEEPER_DATA_DIR)")
    String dataDir;
    @Option(names = "--port", description = "HTTP port (env CRONKEEPER_PORT, default 8000)")
    String port;
    @Option(names = "--host", description = "listen address (env CRONKEEPER_HOST, default ::)")
    String host;
    @Option(names = "--site-root", paramLabel = "URL", description = "public base URL (env CRONKEEPER_SITE_ROOT)")
    String siteRoot;
    @Option(names = "--ping-endpoint", paramLabel = "URL", description = "ping base URL shown to users (env CRONKEEPER_PING_ENDPOINT)")
    String pingEndpoint;
    @Option(names = "--ping-body-limit", paramLabel = "BYTES", description = "bytes of a ping body stored, or none (env CRONKEEPER_PING_BODY_LIMIT)")
    String pingBodyLimit;
    @Option(names = "--ping-log-limit", paramLabel = "N", description = "pings kept per check (env CRONKEEPER_PING_LOG_LIMIT)")
    String pingLogLimit;
    @Option(names = "--tls-port", description = "HTTPS port; off when unset (env CRONKEEPER_TLS_PORT)")
    String tlsPort;
    @Option(names = "--tls-cert", paramLabel = "PEM", description = "certificate chain (env CRONKEEPER_TLS_CERT)")
    String tlsCert;
    @Option(names = "--tls-key", paramLabel = "PEM", description = "private key (env CRONKEEPER_TLS_KEY)")
    String tlsKey;
    @Option(names = "--trusted-proxies", paramLabel = "LIST", description = "addresses/CIDRs whose X-Forwarded-* are believed, or any (env CRONKEEPER_TRUSTED_PROXIES)")
    String trustedProxies;
    @Option(names = "--database-url", paramLabel = "URL", description = "PostgreSQL database shared by several nodes, postgresql://user@host:port/name; unset: SQLite in the data dir (env CRONKEEPER_DATABASE_URL)")
    String databaseUrl;

    Settings load(SettingsLoader loader) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        Path configFile = null;
        for (SettingsOptions given : chain()) {
            for (var e : given.flags().entrySet()) {
                flags.merge(e.getKey(), e.getValue(), (a, b) -> same("--" + e.getKey().key(), a, b));
            }
            if (given.config != null) {
                configFile = configFile == null ? given.config
                    : Path.of(same("--config", configFile.toString(), given.config.toString()));
            }
        }
        return loader.load(flags, Optional.ofNullable(configFile));
    }

    /** This command's options and those of the commands above it: the ones given before it. */
    private List<SettingsOptions> chain() {
        List<SettingsOptions> chain = new ArrayList<>();
        for (CommandSpec c = mixee; c != null; c = c.parent()) {
            c.mixins().values().stream().map(CommandSpec::userObject)
                .filter(SettingsOptions.class::isInstance).map(SettingsOptions.class::cast).forEach(chain::add);
        }
        if (chain.isEmpty()) {
            chain.add(this);
        }
        return chain;
    }

    /** Whether any flag was given here, so a command that takes none can refuse them. */
    boolean anyGiven() {
        return config != null || !flags().isEmpty();
    }

    private static String same(String flag, String a, String b) {
        if (!a.equals(b)) {
            throw new SettingsException(flag + " is given twice, as '" + b + "' and '" + a + "': give it once");
        }
        return a;
    }

    private Map<Setting, String> flags() {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        put(flags, Setting.DATA_DIR, dataDir);
        put(flags, Setting.PORT, port);
        put(flags, Setting.HOST, host);
        put(flags, Setting.SITE_ROOT, siteRoot);
        put(flags, Setting.PING_ENDPOINT, pingEndpoint);
        put(flags, Setting.PING_BODY_LIMIT, pingBodyLimit);
        put(flags, Setting.PING_LOG_LIMIT, pingLogLimit);
        put(flags, Setting.TLS_PORT, tlsPort);
        put(flags, Setting.TLS_CERT, tlsCert);
        put(flags, Setting.TLS_KEY, tlsKey);
        put(flags, Setting.TRUSTED_PROXIES, trustedProxies);
        put(flags, Setting.DATABASE_URL, databaseUrl);
        return flags;
    }

    private static void put(Map<Setting, String> flags, Setting s, String value) {
        if (value != null) {
            flags.put(s, value);
        }
    }
}
