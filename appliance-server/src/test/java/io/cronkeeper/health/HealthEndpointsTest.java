package io.cronkeeper.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.TestStore;
import io.cronkeeper.config.Setting;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v3/status/}, {@code /api/v3/metrics/} and the admin API's {@code /health} on a
 * real server whose every loop runs; one with a disk-space threshold no disk meets.
 */
class HealthEndpointsTest {
    private static final String KEY = "metrics-key-for-the-test";

    @TempDir
    static Path dir;
    static TestServer server;
    static final List<Integer> exits = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        server = TestServer.startSupervised(dir, Map.of(Setting.METRICS_KEY, KEY,
            Setting.DISK_SPACE_WARNING, Long.toString(Long.MAX_VALUE / 2)), new Supervisor(exits::add));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void statusIsOkWhileEveryLoopRunsEvenWithLowDisk() {
        HttpResponse<String> res = server.get("/api/v3/status/");

        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("OK");
    }

    @Test
    void metricsNeedTheKeyInTheHeader() {
        assertThat(server.get("/api/v3/metrics/").statusCode()).isEqualTo(403);
        assertThat(server.send(server.request("/api/v3/metrics/").header("X-Metrics-Key", "wrong").build())
            .statusCode()).isEqualTo(403);
        assertThat(server.send(server.request("/api/v3/metrics/").header("X-Api-Key", KEY).build())
            .statusCode()).isEqualTo(403);
    }

    @Test
    void metricsAnswerHealthchecksFieldsAndCounters() {
        var project = server.createProject("m");
        String uuid = server.createCheck(project.apiKey(), "{\"name\": \"c\"}").get("ping_url").asText()
            .replaceAll(".*/", "");
        assertThat(server.get("/ping/" + uuid).statusCode()).isEqualTo(200);

        HttpResponse<String> res = server.send(server.request("/api/v3/metrics/").header("X-Metrics-Key", KEY).build());

        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode m = TestServer.json(res.body());
        assertThat(m.get("ts").asLong()).isEqualTo(TestServer.T0.getEpochSecond());
        assertThat(m.get("max_ping_id").asLong()).isPositive();
        assertThat(m.has("max_notification_id")).isTrue();
        assertThat(m.get("num_unprocessed_flips").asLong()).isZero();
        assertThat(m.get("healthy").asBoolean()).isTrue();
        assertThat(m.get("ping_queue").asLong()).isZero();
        assertThat(m.get("body_memory_budget").asLong()).isEqualTo(48L * 1024 * 1024);
        assertThat(m.get("disk_free_bytes").asLong()).isPositive();
        if (!TestStore.POSTGRES) {
            // SQLite's log; PostgreSQL's is the database server's business.
            assertThat(m.get("wal_bytes").asLong()).isNotNegative();
        }
    }

    @Test
    void metricsAreOffWithoutAKey(@TempDir Path other) {
        try (TestServer plain = TestServer.start(other)) {
            var res = plain.send(plain.request("/api/v3/metrics/").header("X-Metrics-Key", "").build());
            assertThat(res.statusCode()).isEqualTo(403);
            assertThat(plain.send(plain.request("/api/v3/metrics/").header("X-Metrics-Key", "anything").build())
                .statusCode()).isEqualTo(403);
        }
    }

    @Test
    void adminHealthHasEachLoopAndTheDiskWarning() throws IOException {
        String token = Files.readString(dir.resolve("admin-token")).strip();

        HttpResponse<String> res = server.send(server.request("/api/admin/v1/health")
            .header("Authorization", "Bearer " + token).build());

        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode h = TestServer.json(res.body());
        assertThat(h.get("healthy").asBoolean()).isFalse();
        assertThat(h.get("problems")).isEmpty();
        assertThat(h.get("warnings").get(0).asText()).startsWith("low disk space: ");
        assertThat(StreamSupport.stream(h.get("loops").spliterator(), false).map(l -> l.get("name").asText()))
            .containsAll(TestStore.POSTGRES ? List.of("ping-writer", "monitor", "alert-dispatcher", "health-watch")
                : List.of("ping-writer", "monitor", "alert-dispatcher", "wal-checkpoint", "health-watch"));
        JsonNode writer = StreamSupport.stream(h.get("loops").spliterator(), false)
            .filter(l -> l.get("name").asText().equals("ping-writer")).findFirst().orElseThrow();
        assertThat(writer.get("state").asText()).isEqualTo("running");
        assertThat(writer.get("last_beat").asText()).endsWith("Z");
        assertThat(h.get("gauges").get("ping_queue").asLong()).isZero();
        assertThat(h.get("disk").get("free_bytes").asLong()).isPositive();
        assertThat(h.get("disk").get("database_bytes").asLong()).isPositive();
        assertThat(server.get("/api/admin/v1/health").statusCode()).isEqualTo(401);
    }
}
