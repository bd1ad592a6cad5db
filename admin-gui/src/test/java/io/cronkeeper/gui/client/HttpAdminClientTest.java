package io.cronkeeper.gui.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cronkeeper.gui.testing.LiveServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP client against the real server: every route the app uses, and how failures read. */
class HttpAdminClientTest {
    @TempDir
    static Path dir;
    static LiveServer server;
    static HttpAdminClient client;

    @BeforeAll
    static void start() {
        server = LiveServer.start(dir);
        client = new HttpAdminClient(server.endpoint());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void createsCheckAndReadsItBackWithSlugAndUrls() {
        Project project = client.createProject("Client test");
        Check check = client.createCheck(project.uuid(), Map.of("name", "Nightly backup", "slug", "nightly-backup",
            "timeout", 3600, "grace", 600, "tags", "db prod"));

        assertThat(check.uuid()).matches("[0-9a-f-]{36}");
        assertThat(check.slug()).isEqualTo("nightly-backup");
        assertThat(check.tags()).containsExactly("db", "prod");
        assertThat(check.schedule()).isEqualTo(new Schedule.Period(3600));
        assertThat(check.status()).isEqualTo(CheckStatus.NEW);
        assertThat(check.pingUrl()).isEqualTo(server.url() + "/ping/" + check.uuid());
        assertThat(check.pingUrlSlug()).hasValue(server.url() + "/ping/" + project.pingKey().orElseThrow() + "/nightly-backup");
        assertThat(client.checks()).extracting(Check::uuid).contains(check.uuid());
    }

    @Test
    void pingsCarryBodiesTextOrBinary() {
        Project project = client.createProject("Bodies");
        Check check = client.createCheck(project.uuid(), Map.of("name", "bodies"));
        server.ping(check.uuid(), "", "all good\n");
        server.ping(check.uuid(), "/fail", new byte[] {(byte) 0xff, 0, 1, 2});

        List<Ping> pings = client.pings(check.uuid());
        assertThat(pings).extracting(Ping::kind).containsExactly(PingKind.FAIL, PingKind.SUCCESS);
        assertThat(pings.get(0).ua()).isEqualTo("test-cron/1.0");
        PingBody text = client.pingBody(check.uuid(), pings.get(1).n());
        assertThat(text.utf8()).isTrue();
        assertThat(new String(text.bytes(), StandardCharsets.UTF_8)).isEqualTo("all good\n");
        PingBody binary = client.pingBody(check.uuid(), pings.get(0).n());
        assertThat(binary.utf8()).isFalse();
        assertThat(binary.bytes()).containsExactly(0xff, 0, 1, 2);
        assertThat(client.check(check.uuid()).status()).isEqualTo(CheckStatus.DOWN);
    }

    @Test
    void refusalsCarryTheServersMessage() {
        Project project = client.createProject("Refusals");
        assertThatThrownBy(() -> client.createCheck(project.uuid(), Map.of("timeout", 5)))
            .isInstanceOf(ClientException.Rejected.class)
            .hasMessage("json validation error: timeout is too small");
        Check check = client.createCheck(project.uuid(), Map.of("name", "x"));
        assertThatThrownBy(() -> client.resume(check.uuid()))
            .isInstanceOf(ClientException.Rejected.class).hasMessage("check is not paused");
    }

    @Test
    void wrongTokenIsUnauthorizedWithAClearMessage() {
        var wrong = new HttpAdminClient(new Endpoint(server.url(), "not-the-token", Optional.empty()));
        assertThatThrownBy(wrong::projects)
            .isInstanceOf(ClientException.Unauthorized.class)
            .hasMessageContaining("refused the admin token").hasMessageContaining("wrong admin token");
    }

    @Test
    void closedPortIsUnreachable() {
        var nowhere = new HttpAdminClient(new Endpoint("http://127.0.0.1:1", "t", Optional.empty()));
        assertThatThrownBy(nowhere::projects)
            .isInstanceOf(ClientException.Unreachable.class)
            .hasMessageContaining("Cannot reach the server at http://127.0.0.1:1");
    }

    @Test
    void channelKindsComeFromTheServer() {
        assertThat(client.channelKinds()).contains("webhook", "email").doesNotContain("?", "must", "be");
        assertThat(client.channels()).noneMatch(c -> c.kind().equals("?"));
    }

    @Test
    void aFailedTestSendIsReportedAndLogged() {
        Project project = client.createProject("Kinds");
        // Port 9 (discard) refuses connections on the loopback: the send fails, the call does not.
        Channel channel = client.createChannel(project.uuid(), "hook", "webhook", Map.of("url", "http://127.0.0.1:9/x"), false);
        DeliveryResult result = client.testChannel(channel.uuid());
        assertThat(result.delivered()).isFalse();
        assertThat(result.error()).isNotEmpty();
        assertThat(client.attempts(channel.uuid())).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("test");
            assertThat(a.delivered()).isFalse();
            assertThat(a.error()).isEqualTo(result.error());
        });
    }

    @Test
    void aFailPingQueuesAnAlertDueAtTheFlipForEachChannelAndRetriesIt() throws InterruptedException {
        Project project = client.createProject("Outbox");
        Channel channel = client.createChannel(project.uuid(), "hook", "webhook", Map.of("url", "http://127.0.0.1:9/x"), false);
        Check check = client.createCheck(project.uuid(), Map.of("name", "alerting"));
        client.assignChannels(check.uuid(), List.of(channel.uuid()));
        server.ping(check.uuid(), "/fail", "");

        Flip flip = client.flips(check.uuid()).getFirst();
        assertThat(flip.reason()).isEqualTo("fail");
        assertThat(client.notifications(check.uuid())).singleElement().satisfies(n -> {
            assertThat(n.channel()).isEqualTo(channel.uuid());
            assertThat(n.kind()).isEqualTo("alert");
            // The history view pairs an alert with its flip by this time.
            assertThat(n.due()).isEqualTo(flip.timestamp());
        });
        // The refused delivery is tried again later: pending again, with the next try's time
        // (the attempt is counted when the dispatcher claims the alert, while it is "sending").
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        Notification n = client.notifications(check.uuid()).getFirst();
        while (!(n.attempts() == 1 && n.state().equals("pending")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            n = client.notifications(check.uuid()).getFirst();
        }
        assertThat(n.attempts()).isEqualTo(1);
        assertThat(n.state()).isEqualTo("pending");
        assertThat(n.nextAttempt()).hasValueSatisfying(t -> assertThat(t).isAfter(flip.timestamp()));
        assertThat(n.finished()).isEmpty();
    }

    @Test
    void schedulePreviewGivesTimesOrTheParsersRefusal() {
        assertThat(client.previewSchedule("0 3 * * *", "UTC").next()).isNotEmpty()
            .allSatisfy(t -> assertThat(t.atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(3));
        assertThatThrownBy(() -> client.previewSchedule("61 * * * *", "UTC"))
            .isInstanceOf(ClientException.Rejected.class);
    }
}
