package io.cronkeeper.cli;

import io.cronkeeper.config.Setting;
import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The flags every command takes; each one overrides the environment and the config file. */
public final class SettingsOptions {
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

    Settings load(SettingsLoader loader) {
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
        return loader.load(flags, Optional.ofNullable(config));
    }

    private static void put(Map<Setting, String> flags, Setting s, String value) {
        if (value != null) {
            flags.put(s, value);
        }
    }
}
