package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cron and OnCalendar checks through v3: kinds, next_ping and status (reference §3.3 S4-S7, S16). */
@ServerTest
class ScheduleApiTest {
    static TestServer server;
    CreatedProject project;

    @BeforeEach
    void project() {
        project = server.createProject("schedules");
    }

    private String create(String schedule, String tz, Instant firstPing) {
        server.clock.set(firstPing);
        String body = "{\"schedule\":\"" + schedule + "\",\"tz\":\"" + tz + "\",\"grace\":3600}";
        String uuid = server.createCheck(project.apiKey(), body).get("uuid").asText();
        server.get("/ping/" + uuid);
        return uuid;
    }

    private JsonNode at(String uuid, String time) {
        server.clock.set(Instant.parse(time));
        return TestServer.json(server.get("/api/v3/checks/" + uuid, project.apiKey()).body());
    }

    @ParameterizedTest
    @CsvSource({
        "0 0 * * *, UTC, 2000-01-01T00:00:00Z, 2000-01-01T23:59:00Z, 2000-01-02T00:00:00Z, 2000-01-02T01:00:00Z",
        "00:00, UTC, 2000-01-01T00:00:00Z, 2000-01-01T23:59:00Z, 2000-01-02T00:00:00Z, 2000-01-02T01:00:00Z",
        "0 10 * * *, Australia/Brisbane, 2000-01-01T00:00:00Z, 2000-01-01T23:59:00Z, 2000-01-02T00:00:00Z, "
            + "2000-01-02T01:00:00Z"})
    void statusFollowsTheScheduleInItsZone(String schedule, String tz, String ping, String up, String grace,
                                           String down) {
        String uuid = create(schedule, tz, Instant.parse(ping));
        assertThat(at(uuid, up).get("status").asText()).isEqualTo("up");
        assertThat(at(uuid, grace).get("status").asText()).isEqualTo("grace");
        assertThat(at(uuid, down).get("status").asText()).isEqualTo("down");
    }

    @Test
    void nextPingIsTheNextCronSlotAfterTheLastPing() {
        String uuid = create("0 * * * *", "UTC", Instant.parse("2000-01-01T00:00:00Z"));
        JsonNode c = at(uuid, "2000-01-01T00:10:00Z");
        assertThat(c.get("next_ping").asText()).isEqualTo("2000-01-01T01:00:00+00:00");
        assertThat(c.get("schedule").asText()).isEqualTo("0 * * * *");
        assertThat(c.get("tz").asText()).isEqualTo("UTC");
        assertThat(c.has("timeout")).isFalse();
    }

    @Test
    void cronFollowsDaylightSavingInTheCheckZone() {
        // Reference §3.2: 15 * * * * in Europe/Riga over the autumn change, last ping 00:55 UTC.
        String uuid = create("15 * * * *", "Europe/Riga", Instant.parse("2021-10-31T00:55:00Z"));
        assertThat(at(uuid, "2021-10-31T00:56:00Z").get("next_ping").asText()).isEqualTo("2021-10-31T01:15:00+00:00");
    }

    @Test
    void onCalendarDateInThePastNeverGoesLate() {
        String uuid = create("2019-01-01", "UTC", Instant.parse("2020-01-01T00:00:00Z"));
        JsonNode c = at(uuid, "2020-01-01T01:00:00Z");
        assertThat(c.get("status").asText()).isEqualTo("up");
        assertThat(c.get("next_ping").isNull()).isTrue();
        assertThat(at(uuid, "2030-01-01T00:00:00Z").get("status").asText()).isEqualTo("up");
    }

    @Test
    void onCalendarWithSeveralLinesTakesTheEarliest() {
        String uuid = create("Mon *-*-* 09:00\\nFri *-*-* 17:00", "UTC", Instant.parse("2024-01-03T12:00:00Z"));
        assertThat(at(uuid, "2024-01-03T12:01:00Z").get("next_ping").asText()).isEqualTo("2024-01-05T17:00:00+00:00");
    }

    @Test
    void scheduleWinsOverTimeoutAndTheTimeoutIsNotSaved() {
        var res = server.post("/api/v3/checks/", project.apiKey(), "{\"schedule\":\"*/5 * * * *\",\"timeout\":120}");
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode c = TestServer.json(res.body());
        assertThat(c.get("schedule").asText()).isEqualTo("*/5 * * * *");
        String timeout = server.jdbi().withHandle(h -> h.createQuery("SELECT timeout FROM check_ WHERE uuid = :u")
            .bind("u", c.get("uuid").asText()).mapTo(String.class).one());
        assertThat(timeout).isEqualTo("86400");
    }

    @Test
    void timeoutTurnsACronCheckBackIntoASimpleOne() {
        String uuid = create("0 3 * * *", "UTC", Instant.parse("2024-01-01T00:00:00Z"));
        var res = server.post("/api/v3/checks/" + uuid, project.apiKey(), "{\"timeout\":600}");
        assertThat(TestServer.json(res.body()).get("timeout").asInt()).isEqualTo(600);
        assertThat(TestServer.json(res.body()).has("schedule")).isFalse();
    }

    @Test
    void monitorTakesACronCheckDownAtTheSlotPlusGrace() {
        String uuid = create("0 3 * * *", "UTC", Instant.parse("2024-01-01T03:00:30Z"));
        server.clock.set(Instant.parse("2024-01-02T03:59:59Z"));
        server.monitorPass();
        assertThat(at(uuid, "2024-01-02T03:59:59Z").get("status").asText()).isEqualTo("grace");
        server.clock.set(Instant.parse("2024-01-02T04:00:00Z"));
        server.monitorPass();
        String stored = server.jdbi().withHandle(h -> h.createQuery("SELECT status FROM check_ WHERE uuid = :u")
            .bind("u", uuid).mapTo(String.class).one());
        assertThat(stored).isEqualTo("down");
    }

    @Test
    void provisionedCheckTakesItsCronScheduleFromTheQuery() {
        server.clock.set(Instant.parse("2024-01-01T00:00:00Z"));
        var res = server.get("/ping/" + project.pingKey() + "/backup?create=1&schedule=0+3+*+*+*&tz=Europe/Riga");
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode c = TestServer.json(server.get("/api/v3/checks/?slug=backup", project.apiKey()).body())
            .get("checks").get(0);
        assertThat(c.get("schedule").asText()).isEqualTo("0 3 * * *");
        assertThat(c.get("tz").asText()).isEqualTo("Europe/Riga");
        assertThat(c.get("next_ping").asText()).isEqualTo("2024-01-01T01:00:00+00:00");
        var bad = server.get("/ping/" + project.pingKey() + "/other?create=1&schedule=0+3+*+*");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("invalid create parameter: schedule is not a valid cron or OnCalendar expression");
    }
}
