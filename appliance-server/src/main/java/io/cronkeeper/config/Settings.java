package io.cronkeeper.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The effective configuration of one server or CLI run, validated. */
public record Settings(
    int port,
    String host,
    Path dataDir,
    String siteRoot,
    String pingEndpoint,
    BodyLimit pingBodyLimit,
    int pingLogLimit,
    int tlsPort,
    Optional<Path> tlsCert,
    Optional<Path> tlsKey,
    TrustedProxies trustedProxies,
    Optional<String> adminToken,
    SmtpSettings smtp,
    boolean alertsAllowPrivateNetworks,
    HttpLimits http,
    Limits limits,
    DatabaseSettings database) {

    public static final int TLS_OFF = -1;

    public boolean tlsEnabled() {
        return tlsPort != TLS_OFF;
    }

    public Path databaseFile() {
        return dataDir.resolve("cronkeeper.db");
    }

    /** What the server logs at start: every setting, secrets masked. */
    public Map<String, String> describe() {
        var out = new LinkedHashMap<String, String>();
        out.put(Setting.PORT.key(), Integer.toString(port));
        out.put(Setting.HOST.key(), host);
        out.put(Setting.DATA_DIR.key(), dataDir.toString());
        out.put(Setting.SITE_ROOT.key(), siteRoot);
        out.put(Setting.PING_ENDPOINT.key(), pingEndpoint);
        out.put(Setting.PING_BODY_LIMIT.key(), pingBodyLimit.toString());
        out.put(Setting.PING_LOG_LIMIT.key(), Integer.toString(pingLogLimit));
        out.put(Setting.TLS_PORT.key(), tlsEnabled() ? Integer.toString(tlsPort) : "off");
        out.put(Setting.TLS_CERT.key(), tlsCert.map(Path::toString).orElse(tlsEnabled() ? "(generated)" : "-"));
        out.put(Setting.TLS_KEY.key(), tlsKey.map(Path::toString).orElse(tlsEnabled() ? "(generated)" : "-"));
        out.put(Setting.TRUSTED_PROXIES.key(), trustedProxies.toString());
        out.put(Setting.ADMIN_TOKEN.key(), adminToken.isPresent() ? "****" : "(from data dir)");
        out.put(Setting.SMTP_HOST.key(), smtp.host().orElse("- (email alerts off)"));
        out.put(Setting.SMTP_PORT.key(), Integer.toString(smtp.port()));
        out.put(Setting.SMTP_USER.key(), smtp.user().orElse("-"));
        out.put(Setting.SMTP_PASSWORD.key(), smtp.password().isPresent() ? "****" : "-");
        out.put(Setting.SMTP_SECURITY.key(), smtp.security().wire());
        out.put(Setting.SMTP_TLS_TRUST.key(), smtp.tlsTrust().wire());
        out.put(Setting.SMTP_FROM.key(), smtp.from());
        out.put(Setting.ALERTS_PRIVATE_NETWORKS.key(), alertsAllowPrivateNetworks ? "allow" : "forbid");
        out.put(Setting.HTTP_HEAD_TIMEOUT.key(), http.headTimeout().toSeconds() + "s");
        out.put(Setting.HTTP_BODY_TIMEOUT.key(), http.bodyTimeout().toSeconds() + "s");
        out.put(Setting.HTTP_IDLE_TIMEOUT.key(), http.idleTimeout().toSeconds() + "s");
        out.put(Setting.HTTP_MAX_CONNECTIONS.key(), Integer.toString(http.maxConnections()));
        limits.describeInto(out);
        out.put(Setting.DATABASE_URL.key(), database.describe());
        return out;
    }
}
