package io.cronkeeper.alert;

import io.cronkeeper.config.SmtpSecurity;
import io.cronkeeper.config.SmtpSettings;
import io.cronkeeper.config.SmtpTlsTrust;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Properties;

/** The Jakarta Mail session for the configured SMTP server; a channel config cannot change it. */
final class MailSessions {
    private MailSessions() {
    }

    /** {@code smtps} speaks TLS from the first byte; {@code smtp} is plain or upgraded by STARTTLS. */
    static String protocol(SmtpSettings smtp) {
        return smtp.security() == SmtpSecurity.TLS ? "smtps" : "smtp";
    }

    static Session session(SmtpSettings smtp, Duration connectTimeout, Duration timeout) throws AddressException {
        String p = "mail." + protocol(smtp) + ".";
        var props = new Properties();
        props.put("mail.transport.protocol", protocol(smtp));
        props.put(p + "host", smtp.host().orElse(""));
        props.put(p + "port", Integer.toString(smtp.port()));
        props.put(p + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        props.put(p + "timeout", Long.toString(timeout.toMillis()));
        props.put(p + "writetimeout", Long.toString(timeout.toMillis()));
        props.put(p + "auth", Boolean.toString(smtp.user().isPresent()));
        props.put(p + "from", new InternetAddress(smtp.from(), true).getAddress());
        if (smtp.security() == SmtpSecurity.STARTTLS) {
            // Required, not opportunistic: never send the password in the clear to a server that lacks it.
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (smtp.tlsTrust() == SmtpTlsTrust.INSECURE) {
            props.put(p + "ssl.trust", "*");
            props.put(p + "ssl.checkserveridentity", "false");
        } else {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        return Session.getInstance(props);
    }
}
