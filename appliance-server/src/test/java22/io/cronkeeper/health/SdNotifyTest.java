package io.cronkeeper.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sd_notify datagrams received on real Unix datagram sockets, as systemd receives them. */
class SdNotifyTest {
    @TempDir
    Path dir;

    @Test
    void sendsToASocketPath() throws Throwable {
        try (var receiver = DatagramReceiver.bind(dir.resolve("notify.sock").toString())) {
            assertThat(SdNotify.to(receiver.name()).send("READY=1")).isTrue();

            assertThat(receiver.receive(5000)).hasValue("READY=1");
        }
    }

    @Test
    void sendsToAnAbstractSocket() throws Throwable {
        try (var receiver = DatagramReceiver.bind("@cronkeeper-test-" + UUID.randomUUID())) {
            assertThat(SdNotify.to(receiver.name()).send("WATCHDOG=1")).isTrue();

            assertThat(receiver.receive(5000)).hasValue("WATCHDOG=1");
        }
    }

    @Test
    void aMissingSocketIsLoggedNotThrown() {
        assertThat(SdNotify.to(dir.resolve("nobody-listens.sock").toString()).send("READY=1")).isFalse();
    }

    @Test
    void withoutNotifySocketNothingIsSent() {
        assertThat(System.getenv("NOTIFY_SOCKET")).as("the test runs outside systemd").isNull();
        SdNotify none = SdNotify.fromEnvironment();

        assertThat(none.enabled()).isFalse();
        assertThat(none.send("READY=1")).isFalse();
    }

    @Test
    void theWatchdogIsFedOnlyWhileHealthPasses() throws Throwable {
        List<Integer> exits = new CopyOnWriteArrayList<>();
        Supervisor supervisor = new Supervisor(exits::add);
        try (TestServer server = TestServer.startSupervised(dir.resolve("data"), Map.of(), supervisor);
             var receiver = DatagramReceiver.bind(dir.resolve("watchdog.sock").toString())) {
            var watchdog = new Watchdog(server.appliance().health(), SdNotify.to(receiver.name()), Optional.empty());
            awaitHealth(server, true);
            assertThat(watchdog.check()).isTrue();
            assertThat(receiver.receive(5000)).hasValue("WATCHDOG=1");

            Heartbeat monitor = supervisor.heartbeats().stream().filter(h -> h.name().equals("monitor")).findFirst()
                .orElseThrow();
            monitor.injectFault(new Error("stuck"));
            awaitHealth(server, false);
            assertThat(watchdog.check()).isFalse();
            assertThat(receiver.receive(300)).isEmpty();

            monitor.heal();
            awaitHealth(server, true);
            assertThat(watchdog.check()).isTrue();
            assertThat(receiver.receive(5000)).hasValue("WATCHDOG=1");
            assertThat(exits).isEmpty();
        }
    }

    private static void awaitHealth(TestServer server, boolean healthy) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (server.appliance().health().liveness().isEmpty() != healthy) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("health never became " + healthy + ": " + server.appliance().health().liveness());
            }
            Thread.sleep(50);
        }
    }
}
