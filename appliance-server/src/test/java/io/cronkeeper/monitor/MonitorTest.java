package io.cronkeeper.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.store.Micros;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The deadline monitor (reference §3.4), driven by moving the clock. */
class MonitorTest extends MonitorTestBase {
    @Test
    void checkGoesDownAtItsExactDeadlineWithReasonTimeout() {
        String uuid = fx.check("\"timeout\":600,\"grace\":120");
        server.get("/ping/" + uuid);
        Instant deadline = TestServer.T0.plusSeconds(720);

        server.advance(Duration.ofSeconds(719));
        assertThat(fx.storedStatus(uuid)).isEqualTo("up");
        assertThat(fx.flips(uuid)).hasSize(1);

        server.advance(Duration.ofMinutes(5));
        assertThat(fx.storedStatus(uuid)).isEqualTo("down");
        assertThat(fx.column(uuid, "alert_after", Long.class)).isNull();
        var flip = fx.flips(uuid).getLast();
        assertThat(flip).containsEntry("old_status", "up").containsEntry("new_status", "down")
            .containsEntry("reason", "timeout").containsEntry("created", Micros.of(deadline));
        assertThat(fx.notifications(uuid)).singleElement()
            .satisfies(n -> assertThat(n).containsEntry("kind", "alert").containsEntry("due", Micros.of(deadline)));
    }

    @Test
    void inGraceTheCheckStaysUpWithNoFlip() {
        String uuid = fx.check("\"timeout\":600,\"grace\":600");
        server.get("/ping/" + uuid);
        server.advance(Duration.ofSeconds(900));
        assertThat(fx.storedStatus(uuid)).isEqualTo("up");
        assertThat(fx.flips(uuid)).hasSize(1);
    }

    @Test
    void staleDeadlineIsMovedToTheRealOneWithoutFlip() {
        String uuid = fx.check("");
        server.get("/ping/" + uuid);
        server.clock.advance(Duration.ofHours(1));
        long lastPing = fx.column(uuid, "last_ping", Long.class);
        server.jdbi().useHandle(h -> h.execute("UPDATE check_ SET alert_after = last_ping, sweep_at = last_ping WHERE uuid = ?", uuid));
        server.monitorPass();
        assertThat(fx.storedStatus(uuid)).isEqualTo("up");
        assertThat(fx.column(uuid, "alert_after", Long.class))
            .isEqualTo(lastPing + Duration.ofHours(25).toNanos() / 1000);
        assertThat(fx.flips(uuid)).hasSize(1);
    }

    @Test
    void secondPassNeverFlipsOrAlertsTwice() {
        String uuid = fx.check("\"timeout\":60,\"grace\":60");
        server.get("/ping/" + uuid);
        server.advance(Duration.ofMinutes(3));
        server.advance(Duration.ofMinutes(3));
        server.monitorPass();
        assertThat(fx.flips(uuid)).extracting(f -> f.get("new_status")).containsExactly("up", "down");
        assertThat(fx.notifications(uuid)).hasSize(1);
    }

    @Test
    void startedRunThatNeverFinishesGoesDownAfterGraceEvenWhenNew() {
        String uuid = fx.check("\"grace\":300");
        server.get("/ping/" + uuid + "/start");
        server.advance(Duration.ofSeconds(299));
        assertThat(fx.storedStatus(uuid)).isEqualTo("new");
        server.advance(Duration.ofSeconds(1));
        assertThat(fx.storedStatus(uuid)).isEqualTo("down");
        assertThat(fx.flips(uuid)).singleElement().satisfies(f -> assertThat(f)
            .containsEntry("old_status", "new").containsEntry("reason", "timeout"));
    }

    @Test
    void failPingAlertsAndRecoveryAlertsButFirstSuccessDoesNot() {
        String uuid = fx.check("");
        server.get("/ping/" + uuid);
        assertThat(fx.notifications(uuid)).isEmpty();
        server.get("/ping/" + uuid + "/fail");
        server.get("/ping/" + uuid);
        assertThat(fx.notifications(uuid)).extracting(n -> n.get("kind")).containsExactly("alert", "alert");
    }

    @Test
    void pauseAndResumeQueueNothing() {
        String uuid = fx.check("");
        server.get("/ping/" + uuid + "/fail");
        server.post("/api/v3/checks/" + uuid + "/pause", fx.project.apiKey(), "");
        server.post("/api/v3/checks/" + uuid + "/resume", fx.project.apiKey(), "");
        server.get("/ping/" + uuid);
        assertThat(fx.flips(uuid)).hasSize(4);
        assertThat(fx.notifications(uuid)).hasSize(1);
    }

    @Test
    void passLooksOnlyAtDueChecks() {
        for (int i = 0; i < 50; i++) {
            server.get("/ping/" + fx.check("\"timeout\":86400"));
        }
        String due = fx.check("\"timeout\":60,\"grace\":60");
        server.get("/ping/" + due);
        server.clock.advance(Duration.ofMinutes(5));
        var seen = new java.util.ArrayList<SweepResult>();
        server.appliance().monitor().observe(seen::add);
        server.monitorPass();
        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.examined()).isEqualTo(1);
            assertThat(r.wentDown()).isEqualTo(1);
        });
    }
}
