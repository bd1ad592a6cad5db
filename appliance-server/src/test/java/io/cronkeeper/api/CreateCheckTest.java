package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /api/v3/checks/}: fields, defaults and what is stored (reference §4.5). */
@ServerTest
class CreateCheckTest {
    static TestServer server;
    CreatedProject project;

    @BeforeEach
    void newProject() {
        project = server.createProject("create");
    }

    @Test
    void emptyObjectCreatesCheckWithHealthchecksDefaults() {
        var res = server.post("/api/v3/checks/", project.apiKey(), "{}");
        assertThat(res.statusCode()).isEqualTo(201);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode c = TestServer.json(res.body());
        assertThat(c.get("name").asText()).isEmpty();
        assertThat(c.get("slug").asText()).isEmpty();
        assertThat(c.get("tags").asText()).isEmpty();
        assertThat(c.get("desc").asText()).isEmpty();
        assertThat(c.get("timeout").asInt()).isEqualTo(86400);
        assertThat(c.get("grace").asInt()).isEqualTo(3600);
        assertThat(c.get("status").asText()).isEqualTo("new");
        assertThat(c.get("n_pings").asInt()).isZero();
        assertThat(c.get("manual_resume").asBoolean()).isFalse();
        assertThat(c.get("methods").asText()).isEmpty();
        assertThat(c.get("channels").asText()).isEmpty();
        for (String kw : new String[] {"subject", "subject_fail", "start_kw", "success_kw", "failure_kw"}) {
            assertThat(c.get(kw).asText()).as(kw).isEmpty();
        }
        for (String f : new String[] {"filter_subject", "filter_body", "filter_http_body", "filter_default_fail"}) {
            assertThat(c.get(f).isBoolean()).as(f).isTrue();
            assertThat(c.get(f).asBoolean()).as(f).isFalse();
        }
        assertThat(stored(c, "kind")).isEqualTo("simple");
        assertThat(stored(c, "tz")).isEqualTo("UTC");
        assertThat(stored(c, "schedule")).isEqualTo("* * * * *");
        assertThat(stored(c, "alert_after")).isNull();
    }

    @Test
    void everyFieldIsStoredAndEchoed() {
        var res = server.post("/api/v3/checks/", project.apiKey(), """
            {"name": "Nightly Backup", "slug": "nightly_backup-1", "tags": "prod db", "desc": "pg_dump",
             "timeout": 7200, "grace": 600, "tz": "Europe/Riga", "manual_resume": true, "methods": "POST",
             "channels": "", "start_kw": "begin", "success_kw": "done", "failure_kw": "error",
             "filter_subject": true, "filter_body": true, "filter_http_body": true, "filter_default_fail": true}""");
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode c = TestServer.json(res.body());
        assertThat(c.get("name").asText()).isEqualTo("Nightly Backup");
        assertThat(c.get("slug").asText()).isEqualTo("nightly_backup-1");
        assertThat(c.get("tags").asText()).isEqualTo("prod db");
        assertThat(c.get("desc").asText()).isEqualTo("pg_dump");
        assertThat(c.get("timeout").asInt()).isEqualTo(7200);
        assertThat(c.get("grace").asInt()).isEqualTo(600);
        assertThat(c.get("manual_resume").asBoolean()).isTrue();
        assertThat(c.get("methods").asText()).isEqualTo("POST");
        assertThat(c.get("channels").asText()).isEmpty();
        assertThat(c.get("start_kw").asText()).isEqualTo("begin");
        assertThat(c.get("success_kw").asText()).isEqualTo("done");
        assertThat(c.get("failure_kw").asText()).isEqualTo("error");
        assertThat(c.get("subject").asText()).isEqualTo("done");
        assertThat(c.get("subject_fail").asText()).isEqualTo("error");
        assertThat(c.get("filter_subject").asBoolean()).isTrue();
        assertThat(c.get("filter_body").asBoolean()).isTrue();
        assertThat(c.get("filter_http_body").asBoolean()).isTrue();
        assertThat(c.get("filter_default_fail").asBoolean()).isTrue();
        assertThat(stored(c, "tz")).isEqualTo("Europe/Riga");
        assertThat(stored(c, "description")).isEqualTo("pg_dump");
        assertThat(stored(c, "kind")).isEqualTo("simple");
    }

    @Test
    void createdCheckBelongsToTheKeysProjectAndIsListed() {
        JsonNode c = server.createCheck(project.apiKey(), "{\"name\":\"mine\"}");
        var list = TestServer.json(server.get("/api/v3/checks/", project.apiKey()).body()).get("checks");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("uuid").asText()).isEqualTo(c.get("uuid").asText());
        String projectOfCheck = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT p.uuid FROM check_ c JOIN project p ON p.id = c.project_id WHERE c.uuid = :c")
            .bind("c", c.get("uuid").asText()).mapTo(String.class).one());
        assertThat(projectOfCheck).isEqualTo(project.uuid());
    }

    @Test
    void v3NameDoesNotSetSlug() {
        JsonNode c = server.createCheck(project.apiKey(), "{\"name\":\"Database Backup\"}");
        assertThat(c.get("slug").asText()).isEmpty();
    }

    @Test
    void unknownKeysAreIgnored() {
        var res = server.post("/api/v3/checks/", project.apiKey(),
            "{\"name\":\"x\",\"colour\":\"blue\",\"kind\":\"cron\",\"status\":\"up\",\"n_pings\":5}");
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode c = TestServer.json(res.body());
        assertThat(c.get("status").asText()).isEqualTo("new");
        assertThat(c.get("n_pings").asInt()).isZero();
        assertThat(stored(c, "kind")).isEqualTo("simple");
    }

    @Test
    void apiKeyInBodyIsNotStoredAnywhereOnTheCheck() {
        var res = server.post("/api/v3/checks/", "{\"api_key\":\"" + project.apiKey() + "\",\"name\":\"k\"}");
        assertThat(res.statusCode()).isEqualTo(201);
        assertThat(res.body()).doesNotContain(project.apiKey());
    }

    @Test
    void boundaryValuesAreAccepted() {
        var low = server.post("/api/v3/checks/", project.apiKey(), "{\"timeout\": 60, \"grace\": 60}");
        var high = server.post("/api/v3/checks/", project.apiKey(), "{\"timeout\": 31536000, \"grace\": 31536000}");
        assertThat(low.statusCode()).isEqualTo(201);
        assertThat(high.statusCode()).isEqualTo(201);
        assertThat(TestServer.json(high.body()).get("timeout").asInt()).isEqualTo(31536000);
        assertThat(TestServer.json(high.body()).get("grace").asInt()).isEqualTo(31536000);
    }

    @Test
    void lengthsCountCharactersNotBytesOrUtf16Units() {
        String rockets = "🚀".repeat(100);
        var res = server.post("/api/v3/checks/", project.apiKey(),
            "{\"name\":\"" + rockets + "\",\"start_kw\":\"" + "é".repeat(200) + "\"}");
        assertThat(res.statusCode()).isEqualTo(201);
        assertThat(TestServer.json(res.body()).get("name").asText()).isEqualTo(rockets);
    }

    @Test
    void deprecatedSubjectSetsSuccessKeywordAndTurnsSubjectFilterOn() {
        JsonNode c = server.createCheck(project.apiKey(), "{\"subject\":\"SUCCESS\"}");
        assertThat(c.get("success_kw").asText()).isEqualTo("SUCCESS");
        assertThat(c.get("failure_kw").asText()).isEmpty();
        assertThat(c.get("filter_subject").asBoolean()).isTrue();
        assertThat(c.get("subject").asText()).isEqualTo("SUCCESS");
        assertThat(c.get("subject_fail").asText()).isEmpty();
    }

    @Test
    void deprecatedSubjectFailSetsFailureKeywordAndTurnsSubjectFilterOn() {
        JsonNode c = server.createCheck(project.apiKey(), "{\"subject_fail\":\"FAILED\"}");
        assertThat(c.get("failure_kw").asText()).isEqualTo("FAILED");
        assertThat(c.get("filter_subject").asBoolean()).isTrue();
        assertThat(c.get("subject_fail").asText()).isEqualTo("FAILED");
    }

    @Test
    void emptyDeprecatedSubjectsLeaveSubjectFilterOff() {
        JsonNode c = server.createCheck(project.apiKey(), "{\"subject\":\"\",\"subject_fail\":\"\"}");
        assertThat(c.get("filter_subject").asBoolean()).isFalse();
    }

    @Test
    void explicitFilterSubjectWinsOverDeprecatedSubject() {
        JsonNode c = server.createCheck(project.apiKey(), "{\"filter_subject\":false,\"subject\":\"SUCCESS\"}");
        assertThat(c.get("success_kw").asText()).isEqualTo("SUCCESS");
        assertThat(c.get("filter_subject").asBoolean()).isFalse();
        assertThat(c.get("subject").asText()).isEmpty();
    }

    /** Healthchecks applies subject first and the keyword fields after it, so those win. */
    @Test
    void explicitKeywordsWinOverDeprecatedSubjects() {
        JsonNode c = server.createCheck(project.apiKey(),
            "{\"subject\":\"old\",\"success_kw\":\"new\",\"subject_fail\":\"oldfail\",\"failure_kw\":\"newfail\"}");
        assertThat(c.get("success_kw").asText()).isEqualTo("new");
        assertThat(c.get("failure_kw").asText()).isEqualTo("newfail");
        assertThat(c.get("filter_subject").asBoolean()).isTrue();
    }

    /** filter_subject comes from the check's keywords as they were when subject was applied. */
    @Test
    void emptySubjectWithFailureKeywordLeavesSubjectFilterOff() {
        JsonNode c = server.createCheck(project.apiKey(), "{\"subject\":\"\",\"failure_kw\":\"boom\"}");
        assertThat(c.get("failure_kw").asText()).isEqualTo("boom");
        assertThat(c.get("filter_subject").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"UTC,UTC", "Europe/Riga,Europe/Riga", "Europe/Kiev,Europe/Kyiv", "UCT,Etc/UTC",
        "America/New_York,America/New_York", "Asia/Kolkata,Asia/Kolkata"})
    void timeZoneIsStoredWithLegacyNamesMapped(String given, String stored) {
        JsonNode c = server.createCheck(project.apiKey(), "{\"tz\":\"" + given + "\"}");
        assertThat(stored(c, "tz")).isEqualTo(stored);
        assertThat(c.has("tz")).as("simple checks do not show tz").isFalse();
    }

    @Test
    void channelsStarAndEmptyAreAcceptedWithoutIntegrations() {
        var star = server.post("/api/v3/checks/", project.apiKey(), "{\"channels\":\"*\"}");
        var none = server.post("/api/v3/checks/", project.apiKey(), "{\"channels\":\"\"}");
        assertThat(star.statusCode()).isEqualTo(201);
        assertThat(none.statusCode()).isEqualTo(201);
        assertThat(TestServer.json(star.body()).get("channels").asText()).isEmpty();
    }

    private static Object stored(JsonNode check, String column) {
        Map<String, Object> row = server.jdbi().withHandle(h -> h.createQuery("SELECT * FROM check_ WHERE uuid = :u")
            .bind("u", check.get("uuid").asText()).mapToMap().one());
        return row.get(column);
    }
}
