package io.cronkeeper.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts end to end: a ping or a deadline, the outbox, the dispatcher, a real HTTP receiver. */
class DeliveryTest {
    private static final String ADMIN = "/api/admin/v1";

    @TempDir
    Path dir;
    TestServer server;
    HookReceiver hook;
    CreatedProject project;
    String token;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(dir);
        hook = new HookReceiver();
        project = server.createProject("delivery");
        token = java.nio.file.Files.readString(dir.resolve("admin-token")).strip();
    }

    @AfterEach
    void stop() {
        server.close();
        hook.close();
    }

    private HttpRequest.Builder admin(String path) {
        return server.request(ADMIN + path).header("Authorization", "Bearer " + token);
    }

    private String channel(String config) {
        var res = server.send(admin("/projects/" + project.uuid() + "/channels")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"hook\",\"kind\":\"webhook\",\"config\":" + config + "}"))
            .build());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return TestServer.json(res.body()).get("uuid").asText();
    }

    private String check(String fields) {
        return server.createCheck(project.apiKey(), "{\"name\":\"backup\",\"channels\":\"*\"" + fields + "}")
            .get("uuid").asText();
    }

    private JsonNode adminGet(String path) {
        return TestServer.json(server.send(admin(path).GET().build()).body());
    }

    @Test
    void failPingIsDeliveredAsTheWebhookEventAndLogged() {
        String channel = channel("{\"url\":\"" + hook.url("/alert") + "\"}");
        String uuid = check("");
        server.post("/ping/" + uuid + "/fail", "disk full");

        var got = hook.await(1);
        assertThat(got).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/alert");
            JsonNode event = TestServer.json(r.body());
            assertThat(event.get("check").asText()).isEqualTo(uuid);
            assertThat(event.get("status").asText()).isEqualTo("down");
            assertThat(event.get("reason").asText()).isEqualTo("fail");
        });
        awaitState(uuid, "sent");
        JsonNode attempts = adminGet("/channels/" + channel + "/attempts").get("attempts");
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).get("delivered").asBoolean()).isTrue();
        assertThat(attempts.get(0).get("status_code").asInt()).isEqualTo(200);
        assertThat(attempts.get(0).get("kind").asText()).isEqualTo("alert");
    }

    @Test
    void timeoutSendsTheDownRequestWithPlaceholdersThenRecoverySendsTheUpRequest() {
        channel("{\"down\":{\"method\":\"POST\",\"url\":\"" + hook.url("/down/$CODE") + "\","
            + "\"body\":\"$NAME is $STATUS\"},\"up\":{\"url\":\"" + hook.url("/up?name=$NAME") + "\"}}");
        String uuid = check(",\"timeout\":60,\"grace\":60");
        server.get("/ping/" + uuid);
        server.advance(Duration.ofMinutes(3));
        assertThat(hook.await(1)).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/down/" + uuid);
            assertThat(r.body()).isEqualTo("backup is down");
        });
        server.get("/ping/" + uuid);
        assertThat(hook.await(2)).last().satisfies(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo("/up?name=backup");
        });
    }

    @Test
    void serverErrorIsRetriedWithBackoffUntilDelivered() {
        hook.answer(500, 503);
        String channel = channel("{\"url\":\"" + hook.url("/alert") + "\"}");
        String uuid = check("");
        server.get("/ping/" + uuid + "/fail");
        awaitRetry(uuid, 1);

        server.clock.advance(Duration.ofSeconds(10));
        server.appliance().dispatcher().wake();
        awaitRetry(uuid, 2);
        server.clock.advance(Duration.ofSeconds(30));
        server.appliance().dispatcher().wake();
        assertThat(hook.await(3)).hasSize(3);
        awaitState(uuid, "sent");
        JsonNode attempts = adminGet("/channels/" + channel + "/attempts").get("attempts");
        assertThat(attempts).extracting(a -> a.get("status_code").asInt()).containsExactly(200, 503, 500);
        assertThat(adminGet("/checks/" + uuid + "/notifications").get("notifications").get(0).get("attempts").asInt())
            .isEqualTo(3);
    }

    @Test
    void clientErrorFailsAtOnceWithoutRetry() {
        hook.answer(404);
        channel("{\"url\":\"" + hook.url("/gone") + "\"}");
        String uuid = check("");
        server.get("/ping/" + uuid + "/fail");
        hook.await(1);
        awaitState(uuid, "failed");
        server.clock.advance(Duration.ofHours(3));
        server.appliance().dispatcher().wake();
        // Nothing is due, so nothing may arrive; half a second is plenty for a wrongly due retry.
        assertThat(hook.await(2, Duration.ofMillis(500))).hasSize(1);
    }

    @Test
    void testSendReportsTheOutcomeAndIsLogged() {
        String channel = channel("{\"url\":\"" + hook.url("/alert") + "\"}");
        check("");
        var res = server.send(admin("/channels/" + channel + "/test").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode body = TestServer.json(res.body());
        assertThat(body.get("delivered").asBoolean()).isTrue();
        assertThat(body.get("status_code").asInt()).isEqualTo(200);
        assertThat(TestServer.json(hook.requests().getFirst().body()).get("reason").asText()).isEqualTo("test");
        assertThat(adminGet("/channels/" + channel + "/attempts").get("attempts").get(0).get("kind").asText())
            .isEqualTo("test");

        hook.answer(500);
        JsonNode failed = TestServer.json(server.send(admin("/channels/" + channel + "/test")
            .POST(HttpRequest.BodyPublishers.noBody()).build()).body());
        assertThat(failed.get("delivered").asBoolean()).isFalse();
        assertThat(failed.get("status_code").asInt()).isEqualTo(500);
        assertThat(failed.get("error").asText()).isNotEmpty();
    }

    /**
     * The receiver's answer is shown in the channel log, but its control characters are not: a
     * NUL cannot even be stored in PostgreSQL's text, and escapes would reach terminals via logs.
     */
    @Test
    void receiverAnswerWithControlCharactersIsLoggedReadably() {
        String channel = channel("{\"url\":\"" + hook.url("/alert") + "\"}");
        hook.answer(400, "bad\u0000input\u001b[31m");
        var res = server.send(admin("/channels/" + channel + "/test").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(TestServer.json(res.body()).get("error").asText()).isEqualTo("HTTP 400: bad\ufffdinput\ufffd[31m");
        assertThat(adminGet("/channels/" + channel + "/attempts").get("attempts").get(0).get("error").asText())
            .isEqualTo("HTTP 400: bad\ufffdinput\ufffd[31m");
    }

    @Test
    void alertAnsweredWithANulIsLoggedAsFailed() {
        hook.answer(400, "bad\u0000input");
        String channel = channel("{\"url\":\"" + hook.url("/alert") + "\"}");
        String uuid = check("");
        server.get("/ping/" + uuid + "/fail");
        hook.await(1);
        awaitState(uuid, "failed");
        assertThat(adminGet("/channels/" + channel + "/attempts").get("attempts").get(0).get("error").asText())
            .isEqualTo("HTTP 400: bad\ufffdinput");
    }

    @Test
    void unreachableReceiverIsRetried() {
        channel("{\"url\":\"http://127.0.0.1:9/alert\"}");
        String uuid = check("");
        server.get("/ping/" + uuid + "/fail");
        awaitRetry(uuid, 1);
        JsonNode n = adminGet("/checks/" + uuid + "/notifications").get("notifications").get(0);
        assertThat(n.get("attempts").asInt()).isEqualTo(1);
        assertThat(n.get("next_attempt").asText()).isEqualTo("2026-01-15T12:00:10+00:00");
    }

    /** Until the alert has failed {@code attempts} times and waits for its next try. */
    private void awaitRetry(String uuid, int attempts) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            JsonNode n = adminGet("/checks/" + uuid + "/notifications").get("notifications").get(0);
            if (n.get("attempts").asInt() == attempts && n.get("state").asText().equals("pending")) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("alert of " + uuid + " never waited for retry after " + attempts + " attempts");
    }

    private void awaitState(String uuid, String state) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> states = List.of();
        while (System.nanoTime() < end) {
            states = server.jdbi().withHandle(h -> h.createQuery("""
                SELECT n.state FROM notification n JOIN check_ c ON c.id = n.check_id WHERE c.uuid = :u""")
                .bind("u", uuid).mapTo(String.class).list());
            if (states.contains(state) && states.stream().noneMatch("sending"::equals)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(states).as("notification states").contains(state);
    }

}
