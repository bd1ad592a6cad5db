package io.cronkeeper.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The alert options Healthchecks users ask for, end to end through pings, the monitor and the outbox. */
class AlertOptionsTest extends MonitorTestBase {
    @Test
    void startGraceLimitsARunSeparatelyFromTheGraceTime() {
        String uuid = fx.check("\"grace\":3600,\"start_grace\":120");
        server.get("/ping/" + uuid);
        server.get("/ping/" + uuid + "/start");
        server.advance(Duration.ofSeconds(119));
        assertThat(fx.storedStatus(uuid)).isEqualTo("up");
        server.advance(Duration.ofSeconds(1));
        assertThat(fx.storedStatus(uuid)).isEqualTo("down");
        assertThat(fx.flips(uuid).getLast()).containsEntry("reason", "timeout");
    }

    @Test
    void runFasterThanTheMinimumIsAFailure() {
        String uuid = fx.check("\"min_run_time\":60");
        server.get("/ping/" + uuid + "/start");
        server.clock.advance(Duration.ofSeconds(5));
        server.get("/ping/" + uuid);
        assertThat(fx.storedStatus(uuid)).isEqualTo("down");
        assertThat(fx.flips(uuid).getLast()).containsEntry("reason", "too_fast");
        String kind = server.jdbi().withHandle(h -> h.createQuery(
            "SELECT kind FROM ping ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
        assertThat(kind).isEqualTo("fail");
        assertThat(fx.notifications(uuid)).hasSize(1);

        server.get("/ping/" + uuid + "/start");
        server.clock.advance(Duration.ofSeconds(61));
        server.get("/ping/" + uuid);
        assertThat(fx.storedStatus(uuid)).isEqualTo("up");
    }

    @Test
    void untimedSuccessIsNotJudgedByTheMinimumRunTime() {
        String uuid = fx.check("\"min_run_time\":60");
        server.get("/ping/" + uuid);
        assertThat(fx.storedStatus(uuid)).isEqualTo("up");
    }

    @Test
    void failuresBelowTheThresholdLeaveTheCheckUp() {
        String uuid = fx.check("\"fail_threshold\":3");
        server.get("/ping/" + uuid);
        server.get("/ping/" + uuid + "/fail");
        server.get("/ping/" + uuid + "/1");
        assertThat(fx.storedStatus(uuid)).isEqualTo("up");
        assertThat(fx.notifications(uuid)).isEmpty();
        server.get("/ping/" + uuid + "/fail");
        assertThat(fx.storedStatus(uuid)).isEqualTo("down");
        assertThat(fx.notifications(uuid)).hasSize(1);
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        String uuid = fx.check("\"fail_threshold\":2");
        server.get("/ping/" + uuid + "/fail");
        server.get("/ping/" + uuid);
        server.get("/ping/" + uuid + "/fail");
        assertThat(fx.storedStatus(uuid)).isEqualTo("up");
        assertThat(fx.column(uuid, "fail_streak", Integer.class)).isEqualTo(1);
    }

    @Test
    void downCheckIsAlertedAgainEveryRepeatInterval() {
        String uuid = fx.check("\"repeat_every\":3600");
        server.get("/ping/" + uuid + "/fail");
        server.advance(Duration.ofMinutes(59));
        assertThat(fx.notifications(uuid)).hasSize(1);
        server.advance(Duration.ofMinutes(1));
        server.advance(Duration.ofHours(1));
        assertThat(fx.notifications(uuid)).extracting(n -> n.get("kind")).containsExactly("alert", "nag", "nag");
        server.get("/ping/" + uuid);
        server.advance(Duration.ofHours(3));
        assertThat(fx.notifications(uuid)).extracting(n -> n.get("kind")).containsExactly("alert", "nag", "nag",
            "alert");
        assertThat(fx.column(uuid, "next_nag", Long.class)).isNull();
    }

    @Test
    void afterDowntimeRepeatsResumeWithoutABurst() {
        String uuid = fx.check("\"repeat_every\":600");
        server.get("/ping/" + uuid + "/fail");
        server.advance(Duration.ofHours(5));
        assertThat(fx.notifications(uuid)).extracting(n -> n.get("kind")).containsExactly("alert", "nag");
    }

    @Test
    void snoozedAlertsAreLoggedNotSentAndOneReminderFollowsTheSnooze() {
        String until = TestServer.T0.plus(Duration.ofHours(2)).toString();
        String uuid = fx.check("\"snoozed_until\":\"" + until + "\"");
        server.get("/ping/" + uuid + "/fail");
        assertThat(fx.notifications(uuid)).singleElement().satisfies(n -> assertThat(n)
            .containsEntry("kind", "alert").containsEntry("state", "snoozed"));
        server.advance(Duration.ofHours(2));
        assertThat(fx.notifications(uuid)).extracting(n -> n.get("kind") + "/" + n.get("state"))
            .containsExactly("alert/snoozed", "nag/pending");
    }

    @Test
    void snoozingACheckThatIsAlreadyDownHoldsItsRepeatsUntilTheSnoozeEnds() {
        String uuid = fx.check("\"repeat_every\":600");
        server.get("/ping/" + uuid + "/fail");
        String until = TestServer.T0.plus(Duration.ofHours(1)).toString();
        server.post("/api/v3/checks/" + uuid, fx.project.apiKey(), "{\"snoozed_until\":\"" + until + "\"}");
        server.advance(Duration.ofMinutes(30));
        assertThat(fx.notifications(uuid)).hasSize(1);
        server.advance(Duration.ofMinutes(30));
        assertThat(fx.notifications(uuid)).extracting(n -> n.get("kind")).containsExactly("alert", "nag");
    }

    @Test
    void optionsAreShownAndCanBeTurnedOff() {
        String uuid = fx.check("\"start_grace\":120,\"min_run_time\":5,\"fail_threshold\":2,\"repeat_every\":600,"
            + "\"snoozed_until\":\"2026-02-01T00:00:00+01:00\"");
        var shown = TestServer.json(server.get("/api/v3/checks/" + uuid, fx.project.apiKey()).body());
        assertThat(shown.get("start_grace").asInt()).isEqualTo(120);
        assertThat(shown.get("min_run_time").asInt()).isEqualTo(5);
        assertThat(shown.get("fail_threshold").asInt()).isEqualTo(2);
        assertThat(shown.get("repeat_every").asInt()).isEqualTo(600);
        assertThat(shown.get("snoozed_until").asText()).isEqualTo("2026-01-31T23:00:00+00:00");

        server.post("/api/v3/checks/" + uuid, fx.project.apiKey(),
            "{\"start_grace\":0,\"min_run_time\":0,\"repeat_every\":0,\"snoozed_until\":\"\"}");
        var off = TestServer.json(server.get("/api/v3/checks/" + uuid, fx.project.apiKey()).body());
        assertThat(off.get("start_grace").isNull()).isTrue();
        assertThat(off.get("min_run_time").isNull()).isTrue();
        assertThat(off.get("repeat_every").isNull()).isTrue();
        assertThat(off.get("snoozed_until").isNull()).isTrue();
        assertThat(off.get("fail_threshold").asInt()).isEqualTo(2);
    }

    @Test
    void badOptionValuesAreRefusedWithV3Messages() {
        String key = fx.project.apiKey();
        assertThat(server.post("/api/v3/checks/", key, "{\"start_grace\":30}").body())
            .isEqualTo("{\"error\":\"json validation error: start_grace is too small\"}");
        assertThat(server.post("/api/v3/checks/", key, "{\"fail_threshold\":0}").body())
            .isEqualTo("{\"error\":\"json validation error: fail_threshold is too small\"}");
        assertThat(server.post("/api/v3/checks/", key, "{\"repeat_every\":\"1h\"}").body())
            .isEqualTo("{\"error\":\"json validation error: repeat_every is not a number\"}");
        var res = server.post("/api/v3/checks/", key, "{\"snoozed_until\":\"tomorrow\"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("snoozed_until is not an ISO 8601 time");
    }
}
