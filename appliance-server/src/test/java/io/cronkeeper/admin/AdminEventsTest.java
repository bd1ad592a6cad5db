package io.cronkeeper.admin;

import static io.cronkeeper.admin.AdminClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.events.Event;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /events}: Server-Sent Events of changes, each carrying what the app needs to redraw. */
class AdminEventsTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static AdminClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        admin = new AdminClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void streamIsEventStreamThatStartsWithRetryHint() throws Exception {
        try (SseClient sse = new SseClient(admin)) {
            assertThat(sse.response.statusCode()).isEqualTo(200);
            assertThat(sse.response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
            assertThat(sse.response.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(sse.nextLine()).isEqualTo("retry: 5000");
            assertThat(sse.nextLine()).isEmpty();
        }
    }

    @Test
    void checkCreatedThroughAdminArrivesAsCheckEvent() throws Exception {
        try (SseClient sse = new SseClient(admin)) {
            String project = admin.createProject("live").get("uuid").asText();
            JsonNode created = admin.createCheck(project, "{\"name\":\"nightly\"}");

            SseClient.Frame projectFrame = sse.next();
            assertThat(projectFrame.event()).isEqualTo("project");
            assertThat(projectFrame.data().get("action").asText()).isEqualTo("created");
            assertThat(projectFrame.data().get("project").get("uuid").asText()).isEqualTo(project);

            SseClient.Frame frame = sse.next();
            assertThat(frame.event()).isEqualTo("check");
            assertThat(Long.parseLong(frame.id())).isGreaterThan(Long.parseLong(projectFrame.id()));
            assertThat(frame.data().get("project").asText()).isEqualTo(project);
            assertThat(frame.data().get("check_uuid").asText()).isEqualTo(created.get("uuid").asText());
            assertThat(frame.data().get("action").asText()).isEqualTo("created");
            assertThat(frame.data().get("check")).isEqualTo(created);
        }
    }

    @Test
    void everyCheckChangeIsAnnouncedWithTheNewState() throws Exception {
        String project = admin.createProject("changes").get("uuid").asText();
        String uuid = admin.createCheck(project, "{}").get("uuid").asText();
        String channel = ok(admin.post("/projects/" + project + "/channels",
            "{\"kind\":\"email\",\"config\":{\"address\":\"a@b\"}}"), 201).get("uuid").asText();
        try (SseClient sse = new SseClient(admin)) {
            ok(admin.patch("/checks/" + uuid, "{\"name\":\"renamed\"}"), 200);
            assertThat(assertCheckEvent(sse.next("check"), "updated", uuid).get("name").asText()).isEqualTo("renamed");
            ok(admin.put("/checks/" + uuid + "/channels", "{\"channels\":[\"" + channel + "\"]}"), 200);
            assertThat(assertCheckEvent(sse.next("check"), "updated", uuid).get("channels").asText()).isEqualTo(channel);
            ok(admin.post("/checks/" + uuid + "/pause", ""), 200);
            assertThat(assertCheckEvent(sse.next("check"), "paused", uuid).get("status").asText()).isEqualTo("paused");
            ok(admin.post("/checks/" + uuid + "/resume", ""), 200);
            assertThat(assertCheckEvent(sse.next("check"), "resumed", uuid).get("status").asText()).isEqualTo("new");
            ok(admin.delete("/checks/" + uuid), 200);
            assertThat(assertCheckEvent(sse.next("check"), "deleted", uuid).get("name").asText()).isEqualTo("renamed");
        }
    }

    @Test
    void channelAndProjectChangesAreAnnounced() throws Exception {
        String project = admin.createProject("other changes").get("uuid").asText();
        try (SseClient sse = new SseClient(admin)) {
            String channel = ok(admin.post("/projects/" + project + "/channels",
                "{\"kind\":\"webhook\",\"config\":{\"url\":\"https://x.org\"}}"), 201).get("uuid").asText();
            SseClient.Frame created = sse.next("channel");
            assertThat(created.data().get("action").asText()).isEqualTo("created");
            assertThat(created.data().get("project").asText()).isEqualTo(project);
            assertThat(created.data().get("channel").get("uuid").asText()).isEqualTo(channel);
            ok(admin.patch("/projects/" + project, "{\"name\":\"renamed\"}"), 200);
            SseClient.Frame renamed = sse.next("project");
            assertThat(renamed.data().get("action").asText()).isEqualTo("updated");
            assertThat(renamed.data().get("project").get("name").asText()).isEqualTo("renamed");
            ok(admin.delete("/projects/" + project), 200);
            SseClient.Frame deleted = sse.next("project");
            assertThat(deleted.data().get("action").asText()).isEqualTo("deleted");
            assertThat(deleted.data().get("project").get("uuid").asText()).isEqualTo(project);
        }
    }

    /** How the ping writer's events look on the stream: its facts plus the check as it is now. */
    @Test
    void pingEventCarriesTheCurrentCheck() throws Exception {
        String project = admin.createProject("pinged").get("uuid").asText();
        String uuid = admin.createCheck(project, "{}").get("uuid").asText();
        server.get("/ping/" + uuid);
        long projectId = server.jdbi().withHandle(h -> h.createQuery("SELECT id FROM project WHERE uuid = :u")
            .bind("u", project).mapTo(Long.class).one());
        try (SseClient sse = new SseClient(admin)) {
            var ping = new LinkedHashMap<String, Object>();
            ping.put("n", 1);
            ping.put("kind", "success");
            ping.put("remote_addr", null);
            server.events().publish(new Event("ping", projectId, uuid, Map.of("ping", ping)));
            SseClient.Frame frame = sse.next("ping");
            assertThat(frame.data().get("project").asText()).isEqualTo(project);
            assertThat(frame.data().get("ping").toString()).isEqualTo("{\"n\":1,\"kind\":\"success\",\"remote_addr\":null}");
            assertThat(frame.data().get("check").get("uuid").asText()).isEqualTo(uuid);
            assertThat(frame.data().get("check").get("status").asText()).isEqualTo("up");
            assertThat(frame.data().get("check").get("n_pings").asInt()).isEqualTo(1);

            server.events().publish(new Event("flip", projectId, uuid, Map.of("check", uuid, "new_status", "up")));
            SseClient.Frame flip = sse.next("flip");
            assertThat(flip.data().get("new_status").asText()).isEqualTo("up");
            assertThat(flip.data().get("check").get("status").asText())
                .as("a check given as its uuid is replaced by the object").isEqualTo("up");

            server.events().publish(new Event("check", projectId, "00000000-0000-0000-0000-000000000000",
                Map.of("action", "deleted")));
            SseClient.Frame gone = sse.next("check");
            assertThat(gone.data().get("check_uuid").asText()).isEqualTo("00000000-0000-0000-0000-000000000000");
            assertThat(gone.data().has("check")).as("no such check to add").isFalse();
        }
    }

    @Test
    void everySubscriberGetsTheEvent() throws Exception {
        try (SseClient a = new SseClient(admin); SseClient b = new SseClient(admin)) {
            String project = admin.createProject("fan-out").get("uuid").asText();
            assertThat(a.next("project").data().get("project").get("uuid").asText()).isEqualTo(project);
            assertThat(b.next("project").data().get("project").get("uuid").asText()).isEqualTo(project);
        }
    }

    @Test
    void subscriptionEndsWhenTheClientGoesAway() throws Exception {
        awaitNoSubscribers();
        SseClient sse = new SseClient(admin);
        sse.nextLine();
        assertThat(server.events().subscribers()).isEqualTo(1);
        sse.close();
        awaitNoSubscribers();
        assertThat(server.events().subscribers()).isZero();
    }

    /**
     * Streams of closed clients end on the server's next write; events make it write now instead
     * of at the next heartbeat.
     */
    private static void awaitNoSubscribers() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (server.events().subscribers() > 0 && System.nanoTime() < deadline) {
            server.events().publish(new Event("noise", 0, null, Map.of()));
            Thread.sleep(1);
        }
    }

    private static JsonNode assertCheckEvent(SseClient.Frame frame, String action, String uuid) {
        assertThat(frame.data().get("action").asText()).isEqualTo(action);
        assertThat(frame.data().get("check").get("uuid").asText()).isEqualTo(uuid);
        return frame.data().get("check");
    }

    @Test
    void monitorTimeoutArrivesAsFlipEventWithTheDownCheck() throws Exception {
        String project = admin.createProject("timeouts").get("uuid").asText();
        String uuid = admin.createCheck(project, "{\"timeout\":60,\"grace\":60}").get("uuid").asText();
        server.get("/ping/" + uuid);
        try (SseClient sse = new SseClient(admin)) {
            server.clock.advance(java.time.Duration.ofMinutes(5));
            server.monitorPass();
            SseClient.Frame flip = sse.next("flip");
            assertThat(flip.data().get("check_uuid").asText()).isEqualTo(uuid);
            assertThat(flip.data().get("flip").get("reason").asText()).isEqualTo("timeout");
            assertThat(flip.data().get("check").get("status").asText()).isEqualTo("down");
        } finally {
            server.clock.set(TestServer.T0);
        }
    }
}
