package io.cronkeeper.config;

import java.util.Map;
import java.util.Optional;

/**
 * Healthchecks' True/False environment variables that stand for a value of one of our settings,
 * so a Healthchecks environment file keeps working: {@code EMAIL_USE_TLS} and {@code EMAIL_USE_SSL}
 * choose {@code smtp-security}, {@code INTEGRATIONS_ALLOW_PRIVATE_IPS} {@code alerts-private-networks}.
 * Like Healthchecks, only exactly {@code True} or {@code False} is accepted; empty means unset.
 */
final class HealthchecksFlags {
    private HealthchecksFlags() {
    }

    static Optional<String> derive(Setting setting, Map<String, String> env) {
        return switch (setting) {
            case SMTP_SECURITY -> smtpSecurity(env);
            case ALERTS_PRIVATE_NETWORKS -> flag(env, "INTEGRATIONS_ALLOW_PRIVATE_IPS").map(allow -> allow ? "allow" : "forbid");
            default -> Optional.empty();
        };
    }

    private static Optional<String> smtpSecurity(Map<String, String> env) {
        Optional<Boolean> tls = flag(env, "EMAIL_USE_TLS");
        Optional<Boolean> ssl = flag(env, "EMAIL_USE_SSL");
        if (ssl.orElse(false)) {
            // Django refuses both at once too; Healthchecks' EMAIL_USE_TLS defaults to True, so only
            // an explicit True conflicts here.
            if (tls.orElse(false)) {
                throw new SettingsException("EMAIL_USE_TLS, EMAIL_USE_SSL: only one of them can be True");
            }
            return Optional.of(SmtpSecurity.TLS.wire());
        }
        return tls.map(on -> on ? SmtpSecurity.STARTTLS.wire() : SmtpSecurity.NONE.wire());
    }

    private static Optional<Boolean> flag(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return switch (value) {
            case "True" -> Optional.of(true);
            case "False" -> Optional.of(false);
            default -> throw new SettingsException(name + ": '" + value + "' must be True or False");
        };
    }
}
