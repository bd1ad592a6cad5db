package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.config.SmtpSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.OptionalInt;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Email through the server's SMTP settings, as text and HTML alternatives. Config:
 * {@code {"address": "..."}}. Off (a non-retryable failure) while {@code smtp-host} is unset.
 */
final class EmailNotifier implements Notifier {
    private final SmtpSettings smtp;
    private final Duration connectTimeout;
    private final Duration timeout;
    private final Clock clock;

    EmailNotifier(SmtpSettings smtp, Duration connectTimeout, Duration timeout, Clock clock) {
        this.smtp = smtp;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public DeliveryResult deliver(Alert alert, JsonNode config) {
        if (!smtp.enabled()) {
            return DeliveryResult.failed(OptionalInt.empty(),
                "email alerts are off: set smtp-host (CRONKEEPER_SMTP_HOST) to send them", false);
        }
        MimeMessage message;
        Session session;
        try {
            session = MailSessions.session(smtp, connectTimeout, timeout);
            message = message(session, AlertText.of(alert), config.path("address").asText());
        } catch (AddressException e) {
            return DeliveryResult.failed(OptionalInt.empty(), "not a usable email address: " + e.getMessage(), false);
        } catch (MessagingException e) {
            return DeliveryResult.failed(OptionalInt.empty(), "cannot compose the email: " + e.getMessage(), false);
        }
        Transport transport = null;
        try {
            transport = session.getTransport(MailSessions.protocol(smtp));
            transport.connect(smtp.host().orElseThrow(), smtp.port(), smtp.user().orElse(null), smtp.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
            return DeliveryResult.ok(lastCode(transport).orElse(250));
        } catch (MessagingException e) {
            return SmtpFailures.of(e, lastCode(transport), smtp);
        } finally {
            close(transport);
        }
    }

    private MimeMessage message(Session session, AlertText text, String to) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(smtp.from(), true));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        m.setSubject(text.subject(), "UTF-8");
        m.setSentDate(Date.from(clock.instant()));
        // RFC 3834: mark it machine-made, so that vacation responders do not answer.
        m.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.plain(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<!DOCTYPE html>\n<html><body>\n" + text.html() + "</body></html>\n", "UTF-8", "html");
        m.setContent(new MimeMultipart("alternative", plain, html));
        m.saveChanges();
        return m;
    }

    private static OptionalInt lastCode(Transport transport) {
        if (transport instanceof SMTPTransport t && t.getLastReturnCode() > 0) {
            return OptionalInt.of(t.getLastReturnCode());
        }
        return OptionalInt.empty();
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The message went out or the failure is already reported; a failed QUIT changes nothing.
            }
        }
    }
}
