package io.cronkeeper.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Turns raw strings into a validated {@link Settings}; every error names its setting. */
final class SettingsParser {
    private final Map<String, String> env;

    SettingsParser(Map<String, String> env) {
        this.env = env;
    }

    Settings parse(Map<Setting, String> raw) {
        int port = port(Setting.PORT, raw.getOrDefault(Setting.PORT, "8000"), true);
        String host = raw.getOrDefault(Setting.HOST, "::").trim();
        if (host.isEmpty()) {
            throw bad(Setting.HOST, host, "must be an address or host name");
        }
        Path dataDir = Optional.ofNullable(raw.get(Setting.DATA_DIR)).map(Path::of).orElseGet(this::defaultDataDir);
        String siteRoot = stripTrailingSlash(raw.getOrDefault(Setting.SITE_ROOT, "http://localhost:" + port));
        requireHttpUrl(Setting.SITE_ROOT, siteRoot);
        String pingEndpoint = raw.getOrDefault(Setting.PING_ENDPOINT, siteRoot + "/ping/");
        requireHttpUrl(Setting.PING_ENDPOINT, pingEndpoint);
        if (!pingEndpoint.endsWith("/")) {
            throw bad(Setting.PING_ENDPOINT, pingEndpoint, "must end with '/'");
        }
        BodyLimit bodyLimit = bodyLimit(raw.getOrDefault(Setting.PING_BODY_LIMIT, "10000"));
        int logLimit = positiveInt(Setting.PING_LOG_LIMIT, raw.getOrDefault(Setting.PING_LOG_LIMIT, "100"), 1, 1_000_000);
        Optional<Path> cert = Optional.ofNullable(raw.get(Setting.TLS_CERT)).map(Path::of);
        Optional<Path> key = Optional.ofNullable(raw.get(Setting.TLS_KEY)).map(Path::of);
        int tlsPort = raw.containsKey(Setting.TLS_PORT)
            ? port(Setting.TLS_PORT, raw.get(Setting.TLS_PORT), true) : Settings.TLS_OFF;
        if (cert.isPresent() != key.isPresent()) {
            throw new SettingsException(cert.isPresent()
                ? Setting.TLS_KEY.envName() + ": required when " + Setting.TLS_CERT.envName() + " is set"
                : Setting.TLS_CERT.envName() + ": required when " + Setting.TLS_KEY.envName() + " is set");
        }
        if (cert.isPresent() && tlsPort == Settings.TLS_OFF) {
            throw new SettingsException(Setting.TLS_PORT.envName() + ": required when a TLS certificate is given");
        }
        requireReadable(Setting.TLS_CERT, cert);
        requireReadable(Setting.TLS_KEY, key);
        if (tlsPort != Settings.TLS_OFF && tlsPort != 0 && tlsPort == port) {
            throw bad(Setting.TLS_PORT, Integer.toString(tlsPort), "must differ from " + Setting.PORT.envName());
        }
        TrustedProxies proxies;
        try {
            proxies = TrustedProxies.parse(raw.getOrDefault(Setting.TRUSTED_PROXIES, "any"));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(Setting.TRUSTED_PROXIES.envName() + ": " + e.getMessage());
        }
        Optional<String> adminToken = Optional.ofNullable(raw.get(Setting.ADMIN_TOKEN)).map(String::strip);
        if (adminToken.isPresent() && adminToken.get().length() < 16) {
            throw new SettingsException(Setting.ADMIN_TOKEN.envName() + ": must be at least 16 characters");
        }
        SmtpSettings smtp = SmtpSettingsParser.parse(raw, siteRoot);
        boolean privateNetworks = SmtpSettingsParser.allowPrivateNetworks(raw);
        return new Settings(port, host, dataDir, siteRoot, pingEndpoint, bodyLimit, logLimit, tlsPort,
            cert, key, proxies, adminToken, smtp, privateNetworks, httpLimits(raw),
            Limits.parse(raw, bodyLimit), DatabaseSettings.parse(Optional.ofNullable(raw.get(Setting.DATABASE_URL)),
                Optional.ofNullable(raw.get(Setting.DATABASE_PASSWORD)).filter(p -> !p.isEmpty())));
    }

    private static HttpLimits httpLimits(Map<Setting, String> raw) {
        HttpLimits d = HttpLimits.DEFAULTS;
        return new HttpLimits(seconds(Setting.HTTP_HEAD_TIMEOUT, raw, d.headTimeout()),
            seconds(Setting.HTTP_BODY_TIMEOUT, raw, d.bodyTimeout()),
            seconds(Setting.HTTP_IDLE_TIMEOUT, raw, d.idleTimeout()),
            positiveInt(Setting.HTTP_MAX_CONNECTIONS, raw.getOrDefault(Setting.HTTP_MAX_CONNECTIONS,
                Integer.toString(d.maxConnections())), 1, 1_000_000));
    }

    /** A whole number of seconds, with an optional trailing {@code s}. */
    private static java.time.Duration seconds(Setting s, Map<Setting, String> raw, java.time.Duration fallback) {
        String value = raw.get(s);
        if (value == null) {
            return fallback;
        }
        String v = value.trim();
        v = v.endsWith("s") ? v.substring(0, v.length() - 1) : v;
        return java.time.Duration.ofSeconds(positiveInt(s, v, 1, 86_400));
    }

    private Path defaultDataDir() {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "cronkeeper");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "cronkeeper");
    }

    private static int port(Setting s, String value, boolean allowZero) {
        int p = positiveInt(s, value, allowZero ? 0 : 1, 65535);
        return p;
    }

    static int positiveInt(Setting s, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v < min || v > max) {
                throw bad(s, value, "must be a whole number from " + min + " to " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(s, value, "must be a whole number from " + min + " to " + max);
        }
    }

    private static BodyLimit bodyLimit(String value) {
        String v = value.trim();
        if (v.equalsIgnoreCase("none")) {
            return BodyLimit.unlimited();
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw bad(Setting.PING_BODY_LIMIT, value, "must be a number of bytes (0 or more) or 'none'");
            }
            return BodyLimit.of(n);
        } catch (NumberFormatException e) {
            throw bad(Setting.PING_BODY_LIMIT, value, "must be a number of bytes (0 or more) or 'none'");
        }
    }

    private static void requireHttpUrl(Setting s, String value) {
        if (!value.matches("https?://[^/\\s]+(/\\S*)?")) {
            throw bad(s, value, "must be an http:// or https:// URL");
        }
    }

    private static void requireReadable(Setting s, Optional<Path> path) {
        if (path.isPresent() && !Files.isReadable(path.get())) {
            throw bad(s, path.get().toString(), "is not a readable file");
        }
    }

    private static String stripTrailingSlash(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    static SettingsException bad(Setting s, String value, String why) {
        return new SettingsException(s.envName() + ": '" + value + "' " + why);
    }
}
