package io.cronkeeper.config;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code smtp-*} settings; every error names its setting, like the rest. */
final class SmtpSettingsParser {
    private static final Pattern FROM_PLAIN = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+");
    private static final Pattern FROM_NAMED = Pattern.compile("[^<>]*<[^@\\s<>]+@[^@\\s<>]+>");

    private SmtpSettingsParser() {
    }

    static SmtpSettings parse(Map<Setting, String> raw, String siteRoot) {
        Optional<String> host = nonBlank(raw.get(Setting.SMTP_HOST));
        SmtpSecurity security = choice(Setting.SMTP_SECURITY, raw.getOrDefault(Setting.SMTP_SECURITY, "starttls"),
            SmtpSecurity.class);
        SmtpTlsTrust trust = choice(Setting.SMTP_TLS_TRUST, raw.getOrDefault(Setting.SMTP_TLS_TRUST, "system"),
            SmtpTlsTrust.class);
        // Implicit TLS has its own well-known port; everything else submits on 587.
        String defaultPort = security == SmtpSecurity.TLS ? "465" : "587";
        int port = SettingsParser.positiveInt(Setting.SMTP_PORT, raw.getOrDefault(Setting.SMTP_PORT, defaultPort), 1, 65535);
        Optional<String> user = nonBlank(raw.get(Setting.SMTP_USER));
        Optional<String> password = Optional.ofNullable(raw.get(Setting.SMTP_PASSWORD)).filter(p -> !p.isEmpty());
        if (password.isPresent() && user.isEmpty()) {
            throw new SettingsException(Setting.SMTP_USER.envName() + ": required when "
                + Setting.SMTP_PASSWORD.envName() + " is set");
        }
        if (user.isPresent() && password.isEmpty()) {
            throw new SettingsException(Setting.SMTP_PASSWORD.envName() + ": required when "
                + Setting.SMTP_USER.envName() + " is set");
        }
        String from = raw.getOrDefault(Setting.SMTP_FROM, "cronkeeper@" + hostOf(siteRoot)).trim();
        if (!FROM_PLAIN.matcher(from).matches() && !FROM_NAMED.matcher(from).matches()) {
            throw SettingsParser.bad(Setting.SMTP_FROM, from, "must be an email address, optionally as 'Name <address>'");
        }
        return new SmtpSettings(host, port, user, password, security, trust, from);
    }

    static boolean allowPrivateNetworks(Map<Setting, String> raw) {
        String value = raw.getOrDefault(Setting.ALERTS_PRIVATE_NETWORKS, "allow").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "allow" -> true;
            case "forbid" -> false;
            default -> throw SettingsParser.bad(Setting.ALERTS_PRIVATE_NETWORKS, value, "must be allow or forbid");
        };
    }

    private static <E extends Enum<E>> E choice(Setting s, String value, Class<E> type) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            names.append(names.isEmpty() ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw SettingsParser.bad(s, value, "must be one of: " + names);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String hostOf(String siteRoot) {
        String host = URI.create(siteRoot).getHost();
        return host == null || host.isEmpty() ? "localhost" : host;
    }
}
