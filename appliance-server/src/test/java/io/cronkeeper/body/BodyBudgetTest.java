package io.cronkeeper.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bodies within one memory budget, on a real server with a 1 MiB budget and no ping body
 * limit: a key is checked before the body is read; a body that does not fit waits, then gets 503
 * with Retry-After; a ping body over the hard maximum gets 413 without being read.
 */
class BodyBudgetTest {
    private static final int PING_MAX = 512 * 1024;

    @TempDir
    static Path dir;
    static TestServer server;
    static String apiKey;
    static String uuid;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, Map.of(Setting.BODY_MEMORY, Integer.toString(1024 * 1024),
            Setting.PING_BODY_MAX, Integer.toString(PING_MAX), Setting.PING_BODY_LIMIT, "none"));
        apiKey = server.createProject("budget").apiKey();
        uuid = server.createCheck(apiKey, "{\"name\": \"c\"}").get("ping_url").asText().replaceAll(".*/", "");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWrongKeyIsRefusedBeforeTheBodyArrives() throws Exception {
        try (var req = new HeldRequest(server.port(), "POST", "/api/v3/checks/", "X-Api-Key: " + "x".repeat(32) + "\r\n",
            1024 * 1024, 100)) {
            assertThat(req.status(10_000)).isEqualTo(401);
        }
        try (var req = new HeldRequest(server.port(), "POST", "/api/admin/v1/projects", "", 1024 * 1024, 100)) {
            assertThat(req.status(10_000)).isEqualTo(401);
        }
    }

    @Test
    void aBodyThatDoesNotFitWaitsThenGets503AndFitsOnceRoomIsBack() throws Exception {
        String json = "{\"name\": \"big\", \"desc\": \"" + "d".repeat(20_000) + "\"}";
        HttpResponse<String> refused;
        try (var holder = new HeldRequest(server.port(), "POST", "/ping/" + uuid, "", PING_MAX, 1000)) {
            awaitHeld(PING_MAX);
            // 20 KB of JSON needs room for its parsed tree too (32 times): more than is left.
            refused = server.post("/api/v3/checks/", apiKey, json);
        }
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refused.body()).contains("busy");
        assertThat(server.get("/ping/" + uuid).statusCode()).as("a ping without a body needs no room").isEqualTo(200);

        awaitHeld(0);
        assertThat(server.post("/api/v3/checks/", apiKey, json).statusCode()).isEqualTo(201);
    }

    @Test
    void aRequestLargerThanTheWholeBudgetIsRefusedAtOnce() {
        String json = "{\"name\": \"huge\", \"desc\": \"" + "d".repeat(100_000) + "\"}";

        assertThat(server.post("/api/v3/checks/", apiKey, json).statusCode()).isEqualTo(503);
    }

    @Test
    void aPingBodyOverTheHardMaximumGets413WithoutBeingRead() throws Exception {
        try (var req = new HeldRequest(server.port(), "POST", "/ping/" + uuid, "", 300L * 1024 * 1024, 0)) {
            assertThat(req.status(10_000)).isEqualTo(413);
        }
        long stored = server.jdbi().withHandle(h -> h.createQuery(
            "SELECT count(*) FROM ping WHERE length(body) > :max").bind("max", PING_MAX).mapTo(Long.class).one());
        assertThat(stored).isZero();
    }

    @Test
    void aPingBodyUpToTheMaximumIsStoredWhole() {
        var res = server.send(server.request("/ping/" + uuid)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[PING_MAX])).build());

        assertThat(res.statusCode()).isEqualTo(200);
        long longest = server.jdbi().withHandle(h -> h.createQuery("SELECT max(length(body)) FROM ping")
            .mapTo(Long.class).one());
        assertThat(longest).isEqualTo(PING_MAX);
    }

    private static void awaitHeld(long bytes) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (heldBytes() != bytes) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("body memory in use stayed at " + heldBytes() + ", expected " + bytes);
            }
            Thread.sleep(20);
        }
    }

    private static long heldBytes() {
        return server.appliance().health().report().gauges().get("body_memory_used");
    }
}
