package io.cronkeeper.config;

import java.util.Locale;

/** Which SMTP server certificates are believed. */
public enum SmtpTlsTrust {
    /** The JDK's trusted authorities, and the host name must match. */
    SYSTEM,
    /** Any certificate, for a home-lab SMTP server with a self-signed one; the link is encrypted, not authenticated. */
    INSECURE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
