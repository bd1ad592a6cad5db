package io.cronkeeper.config;

import java.util.Optional;

/**
 * The SMTP server email alerts go through. Email is off while {@code host} is empty. The
 * password never appears in {@link #toString()}.
 */
public record SmtpSettings(
    Optional<String> host,
    int port,
    Optional<String> user,
    Optional<String> password,
    SmtpSecurity security,
    SmtpTlsTrust tlsTrust,
    String from) {

    public boolean enabled() {
        return host.isPresent();
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host.orElse("-") + ", port=" + port + ", user=" + user.orElse("-")
            + ", password=" + (password.isPresent() ? "****" : "-") + ", security=" + security.wire()
            + ", tlsTrust=" + tlsTrust.wire() + ", from=" + from + "]";
    }
}
