package io.cronkeeper.config;

import java.util.Locale;

/** How the SMTP connection is protected. */
public enum SmtpSecurity {
    /** Plain SMTP; credentials would cross the network readable. */
    NONE,
    /** Plain connect, then {@code STARTTLS}; refuses servers that do not offer it. */
    STARTTLS,
    /** TLS from the first byte ("implicit TLS", SMTPS, usually port 465). */
    TLS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
