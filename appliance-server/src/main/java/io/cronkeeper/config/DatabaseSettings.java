package io.cronkeeper.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the data lives: the embedded SQLite file in the data dir (no {@code database-url}), or a
 * PostgreSQL database that any number of nodes share (issue 17).
 *
 * @param postgres the PostgreSQL database, when {@code database-url} is set
 */
public record DatabaseSettings(Optional<Postgres> postgres) {
    public static final DatabaseSettings SQLITE = new DatabaseSettings(Optional.empty());

    /**
     * @param jdbcUrl  {@code jdbc:postgresql://host:port/name?params}, without user or password
     * @param display  the URL as given, with any password in it masked: for logs and {@code check-config}
     */
    public record Postgres(String jdbcUrl, String user, Optional<String> password, String display) {
        @Override
        public String toString() {
            return display;
        }
    }

    public boolean isPostgres() {
        return postgres.isPresent();
    }

    /** What {@code check-config} and the start-up log show. */
    public String describe() {
        return postgres.map(p -> p.display() + " (password " + (p.password().isPresent() ? "****" : "-") + ")")
            .orElse("- (embedded SQLite in the data dir)");
    }

    /**
     * {@code postgresql://[user[:password]@]host[:port]/name[?params]} ({@code postgres://} too),
     * as libpq and Healthchecks' {@code DATABASE_URL} write it. A password in the URL is used but
     * {@code database-password} (or its {@code _FILE}) wins.
     */
    static DatabaseSettings parse(Optional<String> url, Optional<String> password) {
        if (url.isEmpty() || url.get().isBlank()) {
            password.ifPresent(p -> {
                throw new SettingsException(Setting.DATABASE_PASSWORD.envName() + ": set, but "
                    + Setting.DATABASE_URL.envName() + " is not (the embedded SQLite database takes no password)");
            });
            return SQLITE;
        }
        String raw = url.get().strip();
        URI uri;
        try {
            uri = new URI(raw);
        } catch (java.net.URISyntaxException e) {
            throw bad(raw, "is not a URL");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw bad(raw, "must start with postgresql:// (only PostgreSQL is supported; leave it unset for SQLite)");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw bad(raw, "names no host");
        }
        String name = Optional.ofNullable(uri.getRawPath()).orElse("").replaceFirst("^/", "");
        if (name.isEmpty() || name.contains("/")) {
            throw bad(raw, "must name one database, e.g. postgresql://cronkeeper@db.lan:5432/cronkeeper");
        }
        String user = "cronkeeper";
        Optional<String> urlPassword = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        String display = raw;
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) {
                urlPassword = Optional.of(decode(userInfo.substring(colon + 1)));
                display = raw.replace(userInfo, userInfo.substring(0, colon) + ":****");
            }
        }
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
        String jdbc = "jdbc:postgresql://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/" + name
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Optional<String> inUrl = urlPassword;
        return new DatabaseSettings(Optional.of(new Postgres(jdbc, user, password.or(() -> inUrl), display)));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static SettingsException bad(String url, String why) {
        // The URL may hold a password: never echo it whole.
        String shown = url.replaceAll("//([^:/@]*):[^@/]*@", "//$1:****@");
        return new SettingsException(Setting.DATABASE_URL.envName() + ": '" + shown + "' " + why);
    }
}
