package io.cronkeeper.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.TestStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@link Error} thrown inside each background loop of the real server: the loop is restarted,
 * {@code /api/v3/status/} answers 503 naming it meanwhile, then OK again, and the process is not
 * ended. Faults go in through {@link Heartbeat#injectFault}, a package-private seam.
 */
class LoopSupervisionTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    static TestServer server;
    static final List<Integer> exits = new CopyOnWriteArrayList<>();
    static final Supervisor supervisor = new Supervisor(exits::add);

    @BeforeAll
    static void start() {
        server = TestServer.startSupervised(dir, Map.of(), supervisor);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ping-writer", "monitor", "alert-dispatcher", "wal-checkpoint"})
    void anErrorInALoopRestartsItAndHealthSaysSoMeanwhile(String loop) throws InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStore.POSTGRES && loop.equals("wal-checkpoint"),
            "PostgreSQL checkpoints its own log: no wal-checkpoint loop");
        awaitStatus(r -> r.statusCode() == 200);
        Heartbeat hb = heartbeat(loop);
        long restartsBefore = hb.restarts();

        hb.injectFault(new StackOverflowError("injected into " + loop));
        HttpResponse<String> unhealthy = awaitStatus(r -> r.statusCode() == 503);
        hb.heal();

        assertThat(unhealthy.body()).contains(loop).contains("StackOverflowError: injected into " + loop);
        assertThat(unhealthy.headers().firstValue("Retry-After")).isPresent();
        HttpResponse<String> healthy = awaitStatus(r -> r.statusCode() == 200);
        assertThat(healthy.body()).isEqualTo("OK");
        assertThat(hb.restarts()).isGreaterThan(restartsBefore);
        assertThat(hb.state()).isEqualTo(Heartbeat.State.RUNNING);
        assertThat(exits).isEmpty();
    }

    @Test
    void pingsAreStoredAfterTheWriterWasRestarted() throws InterruptedException {
        var project = server.createProject("p");
        String uuid = server.createCheck(project.apiKey(), "{\"name\": \"c\"}").get("ping_url").asText()
            .replaceAll(".*/", "");
        Heartbeat writer = heartbeat("ping-writer");
        writer.injectFault(new OutOfMemoryError("injected"));
        awaitStatus(r -> r.statusCode() == 503);
        writer.heal();
        awaitStatus(r -> r.statusCode() == 200);

        assertThat(server.get("/ping/" + uuid).statusCode()).isEqualTo(200);
        long stored = server.jdbi().withHandle(h -> h.createQuery(
            "SELECT count(*) FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = :u")
            .bind("u", uuid).mapTo(Long.class).one());
        assertThat(stored).isEqualTo(1);
    }

    static Heartbeat heartbeat(String name) {
        return supervisor.heartbeats().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    static HttpResponse<String> awaitStatus(Predicate<HttpResponse<String>> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> last;
        do {
            last = server.get("/api/v3/status/");
            if (wanted.test(last)) {
                return last;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("status never became as expected; last: " + last.statusCode() + " " + last.body());
    }
}
