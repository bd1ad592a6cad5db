package io.cronkeeper.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import io.cronkeeper.events.EventBus;
import io.cronkeeper.store.PostgresCluster;
import io.cronkeeper.store.PostgresDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live-event relay's loops (PostgreSQL only, issue 17) run under the supervisor like every
 * other loop: an {@link Error} inside one restarts it, health is OK again after, and a restarted
 * listener tells the node's subscribers that they may have missed other nodes' events.
 */
class RelaySupervisionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"event-relay-listen", "event-relay-send"})
    void anErrorInARelayLoopRestartsIt(String loop) throws Exception {
        PostgresCluster.assumeAvailable();
        PostgresDatabase db = PostgresCluster.shared().createDatabase();
        List<Integer> exits = new CopyOnWriteArrayList<>();
        Supervisor supervisor = new Supervisor(exits::add);
        try (TestServer server = TestServer.startSupervised(dir, Map.of(Setting.DATABASE_URL, db.url(),
                Setting.DATABASE_PASSWORD, db.password()), supervisor);
             EventBus.Subscription sub = server.events().subscribe()) {
            Heartbeat hb = supervisor.heartbeats().stream().filter(h -> h.name().equals(loop)).findFirst().orElseThrow();
            long restartsBefore = hb.restarts();

            hb.injectFault(new StackOverflowError("injected into " + loop));
            awaitRestarts(hb, restartsBefore);
            hb.heal();

            awaitRunning(hb);
            assertThat(server.get("/api/v3/status/").body()).isEqualTo("OK");
            assertThat(exits).isEmpty();
            if (loop.equals("event-relay-listen")) {
                assertThat(sub.takeMissed()).hasValueSatisfying(reason -> assertThat(reason).contains("reload"));
            }
        } finally {
            PostgresCluster.shared().dropDatabase(db.name());
        }
    }

    private static void awaitRestarts(Heartbeat hb, long before) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (hb.restarts() <= before && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(hb.restarts()).isGreaterThan(before);
    }

    private static void awaitRunning(Heartbeat hb) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (hb.state() != Heartbeat.State.RUNNING && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(hb.state()).isEqualTo(Heartbeat.State.RUNNING);
    }
}
