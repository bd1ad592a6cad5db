package io.cronkeeper.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.store.Micros;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code sweep_at}, the monitor's indexed lower bound of {@code alert_after} (migration V4): a ping
 * that moves the deadline later leaves it alone, anything that moves the deadline earlier lowers
 * it, and the monitor raises a stale one without flipping or alerting.
 */
class SweepAtTest extends MonitorTestBase {
    @Test
    void laterPingLeavesSweepAtAndTheMonitorRaisesItWithoutFlip() {
        String uuid = fx.check("\"timeout\":600,\"grace\":120");
        server.get("/ping/" + uuid);
        long firstDeadline = Micros.of(TestServer.T0.plusSeconds(720));
        assertThat(fx.column(uuid, "sweep_at", Long.class)).isEqualTo(firstDeadline);

        server.advance(Duration.ofSeconds(300));
        server.get("/ping/" + uuid);
        long secondDeadline = Micros.of(TestServer.T0.plusSeconds(1020));
        assertThat(fx.column(uuid, "alert_after", Long.class)).isEqualTo(secondDeadline);
        assertThat(fx.column(uuid, "sweep_at", Long.class)).isEqualTo(firstDeadline);

        server.advance(Duration.ofSeconds(430));
        assertThat(fx.storedStatus(uuid)).isEqualTo("up");
        assertThat(fx.column(uuid, "sweep_at", Long.class)).isEqualTo(secondDeadline);
        assertThat(fx.flips(uuid)).hasSize(1);
        assertThat(fx.notifications(uuid)).isEmpty();

        server.advance(Duration.ofSeconds(300));
        assertThat(fx.storedStatus(uuid)).isEqualTo("down");
        assertThat(fx.flips(uuid).getLast()).containsEntry("created", secondDeadline).containsEntry("reason", "timeout");
        assertThat(fx.column(uuid, "sweep_at", Long.class)).isNull();
    }

    @Test
    void startPingThatBringsTheDeadlineEarlierLowersSweepAt() {
        String uuid = fx.check("\"timeout\":3600,\"grace\":60");
        server.get("/ping/" + uuid);
        server.advance(Duration.ofSeconds(10));
        server.get("/ping/" + uuid + "/start");
        long runDeadline = Micros.of(TestServer.T0.plusSeconds(70));
        assertThat(fx.column(uuid, "alert_after", Long.class)).isEqualTo(runDeadline);
        assertThat(fx.column(uuid, "sweep_at", Long.class)).isEqualTo(runDeadline);

        server.advance(Duration.ofSeconds(61));
        assertThat(fx.storedStatus(uuid)).isEqualTo("down");
        assertThat(fx.flips(uuid).getLast()).containsEntry("created", runDeadline);
    }

    @Test
    void failedCheckWithAStaleSweepAtIsClearedInOnePassWithNoSecondAlert() {
        String uuid = fx.check("\"timeout\":60,\"grace\":60");
        server.get("/ping/" + uuid);
        server.get("/ping/" + uuid + "/fail");
        assertThat(fx.column(uuid, "alert_after", Long.class)).isNull();
        assertThat(fx.column(uuid, "sweep_at", Long.class)).isNotNull();

        List<SweepResult> passes = new ArrayList<>();
        server.appliance().monitor().observe(passes::add);
        server.clock.advance(Duration.ofMinutes(5));
        server.monitorPass();
        server.monitorPass();

        assertThat(fx.column(uuid, "sweep_at", Long.class)).isNull();
        assertThat(passes).extracting(SweepResult::examined).containsExactly(1, 0);
        assertThat(passes).extracting(SweepResult::wentDown).containsExactly(0, 0);
        assertThat(fx.notifications(uuid)).hasSize(1);
    }

    @Test
    void editThatShortensTheTimeoutLowersSweepAt() {
        String uuid = fx.check("\"timeout\":3600,\"grace\":60");
        server.get("/ping/" + uuid);
        server.post("/api/v3/checks/" + uuid, fx.project.apiKey(), "{\"timeout\":60}");
        long deadline = Micros.of(TestServer.T0.plusSeconds(120));
        assertThat(fx.column(uuid, "sweep_at", Long.class)).isEqualTo(deadline);

        server.advance(Duration.ofSeconds(121));
        assertThat(fx.storedStatus(uuid)).isEqualTo("down");
    }

    /** SQLite's upgrade path: PostgreSQL databases were born at a later version and never had version 3. */
    @Test
    @Tag("sqlite-only")
    void upgradeFromVersion3CopiesEveryDeadlineIntoSweepAt() {
        String uuid = fx.check("\"timeout\":60,\"grace\":60");
        server.get("/ping/" + uuid);
        server.close();
        Jdbi.create("jdbc:sqlite:" + dir.resolve("cronkeeper.db")).useHandle(h -> {
            // The schema as version 3 left it.
            h.execute("DROP TRIGGER check_sweep_at_insert");
            h.execute("DROP INDEX check_sweep_at");
            h.execute("ALTER TABLE check_ DROP COLUMN sweep_at");
            h.execute("CREATE INDEX check_alert_after ON check_ (alert_after) WHERE alert_after IS NOT NULL");
            // ...and without what later versions added, so that they apply again on top.
            h.execute("ALTER TABLE ping DROP COLUMN body_received");
            h.execute("ALTER TABLE channel DROP COLUMN needs_settings");
            h.execute("DROP INDEX notification_sending");
            h.execute("DELETE FROM schema_version WHERE version >= 4");
        });

        server = TestServer.start(dir);
        fx = new MonitorFixture(server, "after-upgrade");
        assertThat(fx.column(uuid, "sweep_at", Long.class)).isEqualTo(Micros.of(TestServer.T0.plusSeconds(120)));
        server.advance(Duration.ofSeconds(121));
        assertThat(fx.storedStatus(uuid)).isEqualTo("down");
    }
}
