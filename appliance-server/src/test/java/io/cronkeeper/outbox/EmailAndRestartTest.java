package io.cronkeeper.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.channel.ChannelKind;
import io.cronkeeper.channel.ChannelService;
import io.cronkeeper.config.Setting;
import io.cronkeeper.project.ProjectService.CreatedProject;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real email through a real SMTP server, and exactly one alert for a deadline missed while stopped. */
class EmailAndRestartTest {
    @TempDir
    Path dir;

    private static void channel(TestServer server, CreatedProject project, ChannelKind kind, String config) {
        long projectId = server.jdbi().withHandle(h -> h.createQuery("SELECT id FROM project WHERE uuid = :u")
            .bind("u", project.uuid()).mapTo(Long.class).one());
        new ChannelService(server.jdbi(), server.clock).create(projectId, "c", kind, config, false);
    }

    @Test
    void failedJobIsMailedWithItsExitStatusAndOutput() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try (TestServer server = TestServer.start(dir, Map.of(Setting.SMTP_HOST, "127.0.0.1",
                Setting.SMTP_PORT, String.valueOf(mail.getSmtp().getPort()), Setting.SMTP_SECURITY, "none",
                Setting.SMTP_FROM, "cronkeeper@example.org"))) {
            CreatedProject project = server.createProject("mail");
            channel(server, project, ChannelKind.EMAIL, "{\"address\":\"ops@example.org\"}");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"nightly-backup\",\"channels\":\"*\"}")
                .get("uuid").asText();
            server.post("/ping/" + uuid + "/3", "pg_dump: connection refused");

            assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage m = mail.getReceivedMessages()[0];
            assertThat(m.getSubject()).isEqualTo("DOWN | nightly-backup");
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ops@example.org");
            String text = GreenMailUtil.getBody(m);
            assertThat(text).contains("nightly-backup").contains("pg_dump: connection refused").contains("3");
        } finally {
            mail.stop();
        }
    }

    @Test
    void deadlinePassedWhileStoppedIsAlertedExactlyOnceAfterRestart() throws Exception {
        try (HookReceiver hook = new HookReceiver()) {
            String uuid;
            try (TestServer first = TestServer.start(dir)) {
                CreatedProject project = first.createProject("restart");
                channel(first, project, ChannelKind.WEBHOOK, "{\"url\":\"" + hook.url("/a") + "\"}");
                uuid = first.createCheck(project.apiKey(), "{\"timeout\":60,\"grace\":60,\"channels\":\"*\"}")
                    .get("uuid").asText();
                first.get("/ping/" + uuid);
            }
            for (int restart = 0; restart < 2; restart++) {
                try (TestServer again = TestServer.start(dir)) {
                    again.clock.advance(Duration.ofHours(2 + restart));
                    again.monitorPass();
                    again.monitorPass();
                    hook.await(1);
                }
            }
            assertThat(hook.await(2, Duration.ofMillis(500))).singleElement()
                .satisfies(r -> assertThat(TestServer.json(r.body()).get("check").asText()).isEqualTo(uuid));
        }
    }
}
