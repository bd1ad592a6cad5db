package io.cronkeeper.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /schedule-preview}: live validation and next times for the app's schedule field. */
class AdminSchedulePreviewTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static AdminClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        admin = new AdminClient(server);
        server.clock.set(Instant.parse("2024-03-30T12:00:00Z"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void cronPreviewListsTheNextTimesInTheZone() {
        JsonNode p = AdminClient.ok(admin.post("/schedule-preview",
            "{\"schedule\":\"30 2 * * *\",\"tz\":\"Europe/Riga\",\"count\":3}"), 200);
        assertThat(p.get("kind").asText()).isEqualTo("cron");
        assertThat(p.get("tz").asText()).isEqualTo("Europe/Riga");
        // 2024-03-31 02:30 Riga is still winter time (UTC+2); the change happens at 03:00.
        assertThat(p.get("next")).extracting(JsonNode::asText).containsExactly(
            "2024-03-31T00:30:00+00:00", "2024-03-31T23:30:00+00:00", "2024-04-01T23:30:00+00:00");
    }

    @Test
    void onCalendarPreviewDefaultsToFiveTimesInUtc() {
        JsonNode p = AdminClient.ok(admin.post("/schedule-preview", "{\"schedule\":\"Mon..Fri 09:00\"}"), 200);
        assertThat(p.get("kind").asText()).isEqualTo("oncalendar");
        assertThat(p.get("next")).hasSize(5);
        assertThat(p.get("next").get(0).asText()).isEqualTo("2024-04-01T09:00:00+00:00");
    }

    @Test
    void invalidExpressionIsExplainedInTheParsersWords() {
        var res = admin.post("/schedule-preview", "{\"schedule\":\"0 25 * * *\"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText())
            .startsWith("schedule is not a valid cron or OnCalendar expression: ").contains("25");
    }

    @Test
    void badZoneAndCountAreRefused() {
        assertThat(admin.post("/schedule-preview", "{\"schedule\":\"daily\",\"tz\":\"Mars/Base\"}").body())
            .contains("tz is not a valid timezone: Mars/Base");
        assertThat(admin.post("/schedule-preview", "{\"schedule\":\"daily\",\"count\":0}").statusCode()).isEqualTo(400);
        assertThat(admin.post("/schedule-preview", "{}").body()).contains("\\\"schedule\\\" is required");
    }

    @Test
    void pastOnlyDateHasNoNextTimes() {
        // Valid for Healthchecks (it fires after 2000-01-01), but never again.
        JsonNode p = AdminClient.ok(admin.post("/schedule-preview", "{\"schedule\":\"2019-01-01\"}"), 200);
        assertThat(p.get("next")).isEmpty();
    }
}
