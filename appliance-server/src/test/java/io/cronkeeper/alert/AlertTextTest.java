package io.cronkeeper.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words every channel kind sends. */
class AlertTextTest {
    @Test
    void failureAlertInPlainText() {
        AlertText t = AlertText.of(Alerts.down());
        assertThat(t.subject()).isEqualTo("DOWN | backup-nightly");
        assertThat(t.plain()).isEqualTo("""
            "backup-nightly" is DOWN (sent a failure signal)

            Check: backup-nightly
            Project: Home lab
            Status: down
            Reason: sent a failure signal
            Time: 2024-05-01T03:00:00Z
            Tags: db nightly
            Last ping: 2024-05-01T02:00:13Z (fail)
            Exit status: 3

            Last ping body:
            pg_dump: error: connection refused

            %s
            """.formatted(Alerts.CHECK_URL));
    }

    @Test
    void timeoutWithoutPingsProjectOrUrl() {
        AlertText t = AlertText.of(Alerts.timedOut());
        assertThat(t.plain()).isEqualTo("""
            "backup-nightly" is DOWN (did not ping in time)

            Check: backup-nightly
            Status: down
            Reason: did not ping in time
            Time: 2024-05-01T03:00:00Z
            Last ping: never
            """);
    }

    @Test
    void upAlert() {
        AlertText t = AlertText.of(Alerts.up());
        assertThat(t.subject()).isEqualTo("UP | backup-nightly");
        assertThat(t.headline()).isEqualTo("\"backup-nightly\" is UP (received a ping)");
    }

    @Test
    void reasonsInWords() {
        assertThat(reason("down", "timeout")).isEqualTo("did not ping in time");
        assertThat(reason("down", "fail")).isEqualTo("sent a failure signal");
        assertThat(reason("down", "nag")).isEqualTo("is still down");
        assertThat(reason("up", "test")).isEqualTo("test notification");
        assertThat(reason("up", "")).isEqualTo("received a ping");
    }

    @Test
    void unnamedCheckIsCalledByItsUuid() {
        assertThat(AlertText.of(Alerts.named("", List.of(), "")).subject()).isEqualTo("DOWN | " + Alerts.UUID);
    }

    @Test
    void longBodyIsCutAtFiveHundredCharacters() {
        String body = "é".repeat(499) + "😀" + "tail";
        String excerpt = AlertText.of(Alerts.named("n", List.of(), body)).bodyExcerpt();
        assertThat(excerpt).isEqualTo("é".repeat(499) + "😀" + "\n[truncated]");
    }

    @Test
    void htmlEscapesEverythingFromTheCheck() {
        String html = AlertText.of(Alerts.named("<script>&", List.of("a\"b"), "<b>x</b>")).html();
        assertThat(html).startsWith("<p><b>&quot;&lt;script&gt;&amp;&quot; is DOWN (sent a failure signal)</b></p>\n<table>\n")
            .contains("<tr><th align=\"left\">Tags</th><td>a&quot;b</td></tr>\n")
            .contains("<pre>&lt;b&gt;x&lt;/b&gt;</pre>")
            .doesNotContain("<script>");
    }

    private static String reason(String status, String reason) {
        Alert d = Alerts.down();
        return AlertText.reasonText(new Alert(d.checkUuid(), d.checkName(), d.slug(), d.tags(), d.projectName(), status,
            reason, d.now(), d.lastPing(), d.lastPingKind(), d.lastBody(), d.exitStatus(), d.checkJson(), d.checkUrl()));
    }
}
