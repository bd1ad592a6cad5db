package io.cronkeeper.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deadlines that pass while the server is stopped are caught up on start, and alerted once. */
class RestartTest {
    @TempDir
    Path dir;

    @Test
    void dueChecksAreAlertedExactlyOnceAfterRestart() {
        String uuid;
        MonitorFixture fx;
        try (TestServer first = TestServer.start(dir)) {
            fx = new MonitorFixture(first, "restart");
            uuid = fx.check("\"timeout\":60,\"grace\":60");
            first.get("/ping/" + uuid);
        }
        try (TestServer second = TestServer.start(dir)) {
            second.clock.advance(Duration.ofHours(3));
            second.monitorPass();
            second.monitorPass();
            var again = new MonitorFixture(second, "other");
            assertThat(again.storedStatus(uuid)).isEqualTo("down");
            assertThat(again.flips(uuid)).extracting(f -> f.get("new_status")).containsExactly("up", "down");
            assertThat(again.notifications(uuid)).hasSize(1);
        }
        try (TestServer third = TestServer.start(dir)) {
            third.clock.advance(Duration.ofHours(4));
            third.monitorPass();
            assertThat(new MonitorFixture(third, "third").notifications(uuid)).hasSize(1);
        }
    }
}
