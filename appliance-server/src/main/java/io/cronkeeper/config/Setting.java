package io.cronkeeper.config;

import java.util.List;

/**
 * Every configuration setting, with the names it can be given under. The key is used in the
 * YAML file and as the CLI flag ({@code --key}); the environment name is {@code CRONKEEPER_KEY}.
 */
public enum Setting {
    PORT("port", false),
    HOST("host", false),
    DATA_DIR("data-dir", false),
    SITE_ROOT("site-root", false, "SITE_ROOT"),
    PING_ENDPOINT("ping-endpoint", false, "PING_ENDPOINT"),
    PING_BODY_LIMIT("ping-body-limit", false, "PING_BODY_LIMIT"),
    PING_LOG_LIMIT("ping-log-limit", false),
    TLS_PORT("tls-port", false),
    TLS_CERT("tls-cert", false),
    TLS_KEY("tls-key", false),
    TRUSTED_PROXIES("trusted-proxies", false),
    /** Overrides the generated admin token; useful when an installer provisions it. */
    ADMIN_TOKEN("admin-token", true),
    /** Email alerts are off until this is set. */
    SMTP_HOST("smtp-host", false, "EMAIL_HOST"),
    SMTP_PORT("smtp-port", false, "EMAIL_PORT"),
    SMTP_USER("smtp-user", false, "EMAIL_HOST_USER"),
    SMTP_PASSWORD("smtp-password", true, "EMAIL_HOST_PASSWORD"),
    /** Also derived from Healthchecks' {@code EMAIL_USE_TLS} / {@code EMAIL_USE_SSL} (see {@link HealthchecksFlags}). */
    SMTP_SECURITY("smtp-security", false),
    SMTP_TLS_TRUST("smtp-tls-trust", false),
    SMTP_FROM("smtp-from", false, "DEFAULT_FROM_EMAIL"),
    /** Also derived from Healthchecks' {@code INTEGRATIONS_ALLOW_PRIVATE_IPS}. */
    ALERTS_PRIVATE_NETWORKS("alerts-private-networks", false),
    HTTP_HEAD_TIMEOUT("http-head-timeout", false),
    HTTP_BODY_TIMEOUT("http-body-timeout", false),
    HTTP_IDLE_TIMEOUT("http-idle-timeout", false),
    HTTP_MAX_CONNECTIONS("http-max-connections", false),
    /** Bytes of request bodies held in memory at once, all requests together (see {@link Limits}). */
    BODY_MEMORY("body-memory", false),
    /** With {@code ping-body-limit: none}, larger ping bodies are refused with 413. */
    PING_BODY_MAX("ping-body-max", false),
    /** Below this many free bytes in the data dir, warn. */
    DISK_SPACE_WARNING("disk-space-warning", false),
    /** Turns on {@code /api/v3/metrics/}, as Healthchecks' {@code METRICS_KEY}. */
    METRICS_KEY("metrics-key", true, "METRICS_KEY"),
    /** A PostgreSQL database shared by any number of nodes; unset: embedded SQLite (issue 17). */
    DATABASE_URL("database-url", false),
    /** The PostgreSQL password; also from {@code CRONKEEPER_DATABASE_PASSWORD_FILE}. */
    DATABASE_PASSWORD("database-password", true);

    private final String key;
    private final boolean secret;
    private final List<String> envAliases;

    Setting(String key, boolean secret, String... envAliases) {
        this.key = key;
        this.secret = secret;
        this.envAliases = List.of(envAliases);
    }

    public String key() {
        return key;
    }

    public boolean secret() {
        return secret;
    }

    public String envName() {
        return "CRONKEEPER_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /** Environment names in order of preference: ours first, then Healthchecks' name. */
    List<String> envNames() {
        var names = new java.util.ArrayList<String>();
        names.add(envName());
        names.addAll(envAliases);
        return names;
    }
}
