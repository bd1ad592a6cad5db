package io.cronkeeper.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.cronkeeper.channel.ChannelKind;
import io.cronkeeper.config.SmtpSecurity;
import io.cronkeeper.config.SmtpSettings;
import io.cronkeeper.config.SmtpTlsTrust;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Email alerts against GreenMail, a real SMTP server, over plain SMTP, STARTTLS and implicit TLS. */
class EmailNotifierTest {
    private static final JsonNode TO_OPS = json("{\"address\":\"ops@example.org\"}");

    private GreenMail mail;

    @AfterEach
    void stop() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void plainSmtpWithLoginDeliversTextAndHtml() throws Exception {
        start(ServerSetupTest.SMTP.dynamicPort());
        SmtpSettings smtp = smtp(mail.getSmtp().getPort(), SmtpSecurity.NONE, SmtpTlsTrust.SYSTEM, "s3cret");

        DeliveryResult r = deliver(smtp, Alerts.down());

        assertThat(r).isEqualTo(DeliveryResult.ok(250));
        MimeMessage m = single();
        assertThat(m.getFrom()[0].toString()).isEqualTo("Cronkeeper <alerts@example.org>");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ops@example.org");
        assertThat(m.getSubject()).isEqualTo("DOWN | backup-nightly");
        assertThat(m.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(m.getSentDate().toInstant()).isEqualTo(Alerts.NOW.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(m.isMimeType("multipart/alternative")).isTrue();
        Multipart parts = (Multipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        Part text = parts.getBodyPart(0);
        Part html = parts.getBodyPart(1);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat(text.getContent().toString().replace("\r\n", "\n")).isEqualTo(AlertText.of(Alerts.down()).plain());
        assertThat(html.getContent().toString().replace("\r\n", "\n"))
            .contains("<b>&quot;backup-nightly&quot; is DOWN (sent a failure signal)</b>")
            .contains("<pre>pg_dump: error: connection refused\n</pre>");
    }

    @Test
    void upAlertHasAnUpSubject() throws Exception {
        start(ServerSetupTest.SMTP.dynamicPort());
        assertThat(deliver(smtp(mail.getSmtp().getPort(), SmtpSecurity.NONE, SmtpTlsTrust.SYSTEM, "s3cret"), Alerts.up())
            .delivered()).isTrue();
        assertThat(single().getSubject()).isEqualTo("UP | backup-nightly");
    }

    @Test
    void wrongPasswordIsPermanentAndNotShown() throws Exception {
        start(ServerSetupTest.SMTP.dynamicPort());
        DeliveryResult r = deliver(smtp(mail.getSmtp().getPort(), SmtpSecurity.NONE, SmtpTlsTrust.SYSTEM, "wrong-password"),
            Alerts.down());
        assertThat(r.delivered()).isFalse();
        assertThat(r.retryable()).isFalse();
        assertThat(r.statusCode()).hasValue(535);
        assertThat(r.error()).startsWith("SMTP server 127.0.0.1:" + mail.getSmtp().getPort() + " refused the login of ck")
            .doesNotContain("wrong-password");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void startTlsUpgradesBeforeTheLogin() throws Exception {
        start(ServerSetupTest.SMTP.dynamicPort());
        try (var relay = new StartTlsRelay(mail.getSmtp().getPort())) {
            DeliveryResult r = deliver(smtp(relay.port(), SmtpSecurity.STARTTLS, SmtpTlsTrust.INSECURE, "s3cret"), Alerts.down());

            assertThat(r).isEqualTo(DeliveryResult.ok(250));
            assertThat(relay.upgraded()).isTrue();
            assertThat(relay.clientTextAfterTls()).contains("AUTH ").contains("MAIL FROM:<alerts@example.org>");
            assertThat(single().getSubject()).isEqualTo("DOWN | backup-nightly");
        }
    }

    @Test
    void startTlsWithSystemTrustRefusesASelfSignedCertificate() throws Exception {
        start(ServerSetupTest.SMTP.dynamicPort());
        try (var relay = new StartTlsRelay(mail.getSmtp().getPort())) {
            DeliveryResult r = deliver(smtp(relay.port(), SmtpSecurity.STARTTLS, SmtpTlsTrust.SYSTEM, "s3cret"), Alerts.down());

            assertThat(r.delivered()).isFalse();
            assertThat(r.retryable()).isFalse();
            assertThat(r.statusCode()).as("no SMTP reply to report").isEmpty();
            assertThat(r.error()).startsWith("TLS with SMTP server 127.0.0.1:" + relay.port() + " failed: ")
                .endsWith("(for a self-signed certificate set smtp-tls-trust=insecure)");
            assertThat(mail.getReceivedMessages()).isEmpty();
        }
    }

    @Test
    void startTlsIsRequiredNotOpportunistic() throws Exception {
        start(ServerSetupTest.SMTP.dynamicPort());
        DeliveryResult r = deliver(smtp(mail.getSmtp().getPort(), SmtpSecurity.STARTTLS, SmtpTlsTrust.INSECURE, "s3cret"),
            Alerts.down());
        assertThat(r.delivered()).isFalse();
        assertThat(r.retryable()).isFalse();
        assertThat(r.error()).contains("STARTTLS");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void implicitTlsWithLogin() throws Exception {
        start(ServerSetupTest.SMTPS.dynamicPort());
        DeliveryResult r = deliver(smtp(mail.getSmtps().getPort(), SmtpSecurity.TLS, SmtpTlsTrust.INSECURE, "s3cret"),
            Alerts.down());
        assertThat(r).isEqualTo(DeliveryResult.ok(250));
        assertThat(single().getSubject()).isEqualTo("DOWN | backup-nightly");
    }

    @Test
    void refusedConnectionIsRetryable() throws Exception {
        int port;
        try (var s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        DeliveryResult r = deliver(smtp(port, SmtpSecurity.NONE, SmtpTlsTrust.SYSTEM, "s3cret"), Alerts.down());
        assertThat(r.delivered()).isFalse();
        assertThat(r.retryable()).isTrue();
        assertThat(r.error()).startsWith("cannot connect to SMTP server 127.0.0.1:" + port);
    }

    @Test
    void withoutSmtpHostEmailIsOff() {
        DeliveryResult r = deliver(Alerts.noSmtp(), Alerts.down());
        assertThat(r).isEqualTo(DeliveryResult.failed(java.util.OptionalInt.empty(),
            "email alerts are off: set smtp-host (CRONKEEPER_SMTP_HOST) to send them", false));
    }

    private void start(com.icegreen.greenmail.util.ServerSetup setup) {
        mail = new GreenMail(setup).withConfiguration(GreenMailConfiguration.aConfig().withUser("ops@example.org", "ck", "s3cret"));
        mail.start();
    }

    private MimeMessage single() {
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(1);
        return mail.getReceivedMessages()[0];
    }

    private static SmtpSettings smtp(int port, SmtpSecurity security, SmtpTlsTrust trust, String password) {
        return new SmtpSettings(Optional.of("127.0.0.1"), port, Optional.of("ck"), Optional.of(password), security, trust,
            "Cronkeeper <alerts@example.org>");
    }

    private static DeliveryResult deliver(SmtpSettings smtp, Alert alert) {
        try (Notifiers n = Alerts.notifiers(Alerts.settings().withSmtp(smtp))) {
            return n.forKind(ChannelKind.EMAIL).deliver(alert, TO_OPS);
        }
    }

    static JsonNode json(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
