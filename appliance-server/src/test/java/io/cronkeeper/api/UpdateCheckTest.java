package io.cronkeeper.api;

import static io.cronkeeper.api.ApiFixtures.column;
import static io.cronkeeper.api.ApiFixtures.getJson;
import static io.cronkeeper.api.ApiFixtures.micros;
import static io.cronkeeper.api.ApiFixtures.textColumn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.AlertChanges;
import io.cronkeeper.check.CheckChanges;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /api/v3/checks/<uuid>}: only the given fields change, status kept, deadline recomputed (§4.5). */
@ServerTest
class UpdateCheckTest {
    static TestServer server;
    CreatedProject project;
    String uuid;
    String path;

    @BeforeEach
    void newCheck() {
        server.clock.set(TestServer.T0);
        project = server.createProject("update");
        uuid = server.createCheck(project.apiKey(), """
            {"name": "Backup", "slug": "backup", "tags": "prod db", "desc": "nightly", "timeout": 3600,
             "grace": 300, "methods": "POST", "success_kw": "ok", "filter_body": true}""").get("uuid").asText();
        path = "/api/v3/checks/" + uuid;
    }

    @Test
    void onlyTheGivenFieldsChange() {
        var res = server.post(path, project.apiKey(), "{\"desc\":\"weekly\",\"grace\":600}");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode c = TestServer.json(res.body());
        assertThat(c.get("desc").asText()).isEqualTo("weekly");
        assertThat(c.get("grace").asInt()).isEqualTo(600);
        assertThat(c.get("name").asText()).isEqualTo("Backup");
        assertThat(c.get("slug").asText()).isEqualTo("backup");
        assertThat(c.get("tags").asText()).isEqualTo("prod db");
        assertThat(c.get("timeout").asInt()).isEqualTo(3600);
        assertThat(c.get("methods").asText()).isEqualTo("POST");
        assertThat(c.get("success_kw").asText()).isEqualTo("ok");
        assertThat(c.get("filter_body").asBoolean()).isTrue();
        assertThat(getJson(server, path, project.apiKey())).isEqualTo(c);
    }

    @Test
    void everyFieldCanBeChanged() {
        JsonNode c = TestServer.json(server.post(path, project.apiKey(), """
            {"name": "Restore", "slug": "restore", "tags": "dev", "desc": "", "timeout": 120, "grace": 60,
             "tz": "Europe/Kiev", "manual_resume": true, "methods": "", "start_kw": "go", "success_kw": "",
             "failure_kw": "boom", "filter_subject": true, "filter_body": false, "filter_http_body": true,
             "filter_default_fail": true}""").body());
        assertThat(c.get("name").asText()).isEqualTo("Restore");
        assertThat(c.get("slug").asText()).isEqualTo("restore");
        assertThat(c.get("tags").asText()).isEqualTo("dev");
        assertThat(c.get("desc").asText()).isEmpty();
        assertThat(c.get("timeout").asInt()).isEqualTo(120);
        assertThat(c.get("grace").asInt()).isEqualTo(60);
        assertThat(c.get("manual_resume").asBoolean()).isTrue();
        assertThat(c.get("methods").asText()).isEmpty();
        assertThat(c.get("start_kw").asText()).isEqualTo("go");
        assertThat(c.get("failure_kw").asText()).isEqualTo("boom");
        assertThat(c.get("subject_fail").asText()).isEqualTo("boom");
        assertThat(c.get("filter_body").asBoolean()).isFalse();
        assertThat(c.get("filter_http_body").asBoolean()).isTrue();
        assertThat(c.get("filter_default_fail").asBoolean()).isTrue();
        assertThat(textColumn(server, uuid, "tz")).isEqualTo("Europe/Kyiv");
    }

    @Test
    void emptyBodyChangesNothingButAnswersWithTheCheck() {
        JsonNode before = getJson(server, path, project.apiKey());
        var res = server.post(path, project.apiKey(), "");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(res.body())).isEqualTo(before);
    }

    @Test
    void downCheckStaysDownAfterItsTimeoutChanges() {
        server.post("/ping/" + uuid + "/fail", "");
        JsonNode c = TestServer.json(server.post(path, project.apiKey(), "{\"timeout\":86400,\"grace\":3600}").body());
        assertThat(c.get("status").asText()).isEqualTo("down");
        assertThat(textColumn(server, uuid, "status")).isEqualTo("down");
        assertThat(c.get("n_pings").asInt()).isEqualTo(1);
    }

    @Test
    void upCheckKeepsItsPingStateAndGetsANewDeadline() {
        server.post("/ping/" + uuid, "");
        assertThat(column(server, uuid, "alert_after")).isEqualTo(micros("2026-01-15T13:05:00Z"));
        server.clock.advance(Duration.ofMinutes(5));
        JsonNode c = TestServer.json(server.post(path, project.apiKey(), "{\"timeout\":600,\"grace\":60}").body());
        assertThat(c.get("status").asText()).isEqualTo("up");
        assertThat(c.get("last_ping").asText()).isEqualTo("2026-01-15T12:00:00+00:00");
        assertThat(c.get("next_ping").asText()).isEqualTo("2026-01-15T12:10:00+00:00");
        assertThat(column(server, uuid, "alert_after")).isEqualTo(micros("2026-01-15T12:11:00Z"));
        assertThat(textColumn(server, uuid, "status")).isEqualTo("up");
    }

    @Test
    void shorterTimeoutCanMakeTheCheckLateAtOnce() {
        server.post("/ping/" + uuid, "");
        server.clock.advance(Duration.ofMinutes(30));
        JsonNode c = TestServer.json(server.post(path, project.apiKey(), "{\"timeout\":600,\"grace\":3600}").body());
        assertThat(c.get("status").asText()).isEqualTo("grace");
        assertThat(textColumn(server, uuid, "status")).isEqualTo("up");
    }

    @Test
    void v3DoesNotTouchTheSlugWhenTheNameChanges() {
        JsonNode c = TestServer.json(server.post(path, project.apiKey(), "{\"name\":\"Other Name\"}").body());
        assertThat(c.get("name").asText()).isEqualTo("Other Name");
        assertThat(c.get("slug").asText()).isEqualTo("backup");
    }

    @Test
    void uniqueIsIgnoredOnUpdate() {
        server.createCheck(project.apiKey(), "{\"name\":\"taken\"}");
        var res = server.post(path, project.apiKey(), "{\"name\":\"taken\",\"unique\":[\"name\"]}");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(res.body()).get("uuid").asText()).isEqualTo(uuid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"grace\":30,\"desc\":\"changed\"}|json validation error: grace is too small",
        "{\"desc\":\"changed\",\"name\":5}|json validation error: name is not a string",
        "{\"desc\":\"changed\",\"tz\":\"Mars/Base\"}|json validation error: tz is not a valid timezone",
        "{\"desc\":\"changed\",\"timeout\":null}|json validation error: timeout is not a number"})
    void invalidFieldIs400AndNothingChanges(String body, String error) {
        var res = server.post(path, project.apiKey(), body);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText()).isEqualTo(error);
        assertThat(textColumn(server, uuid, "description")).isEqualTo("nightly");
    }

    @Test
    void invalidScheduleChangesNothing() {
        var res = server.post(path, project.apiKey(), "{\"schedule\":\"0 3 * *\",\"desc\":\"x\"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(textColumn(server, uuid, "kind")).isEqualTo("simple");
        assertThat(textColumn(server, uuid, "description")).isEqualTo("nightly");
    }

    @Test
    void scheduleTurnsTheCheckIntoACronCheck() {
        var res = server.post(path, project.apiKey(), "{\"schedule\":\"0 3 * * *\",\"tz\":\"Europe/Riga\"}");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(textColumn(server, uuid, "kind")).isEqualTo("cron");
        assertThat(TestServer.json(res.body()).get("schedule").asText()).isEqualTo("0 3 * * *");
        assertThat(TestServer.json(res.body()).get("tz").asText()).isEqualTo("Europe/Riga");
    }

    @Test
    void bodyIsParsedBeforeTheKeyIsChecked() {
        var noKey = server.post(path, "{");
        var array = server.post(path, "[]");
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.body()).isEqualTo("{\"error\":\"could not parse request body\"}");
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(array.body()).isEqualTo("{\"error\":\"json validation error: value is not an object\"}");
    }

    @Test
    void keyMayComeInTheBody() {
        var res = server.post(path, "{\"api_key\":\"" + project.apiKey() + "\",\"desc\":\"via body\"}");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(textColumn(server, uuid, "description")).isEqualTo("via body");
    }

    @Test
    void readOnlyKeyIsRefusedAndNothingChanges() {
        var header = server.post(path, project.apiKeyReadonly(), "{\"desc\":\"x\"}");
        var body = server.post(path, "{\"api_key\":\"" + project.apiKeyReadonly() + "\",\"desc\":\"x\"}");
        assertThat(header.statusCode()).isEqualTo(401);
        assertThat(header.body()).isEqualTo("{\"error\":\"wrong api key\"}");
        assertThat(body.statusCode()).isEqualTo(401);
        assertThat(textColumn(server, uuid, "description")).isEqualTo("nightly");
    }

    @Test
    void missingKeyIs401() {
        var res = server.post(path, "{\"desc\":\"x\"}");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"missing api key\"}");
    }

    @Test
    void anotherProjectsCheckIsForbiddenBeforeTheBodyIsValidated() {
        CreatedProject other = server.createProject("other");
        var res = server.post(path, other.apiKey(), "{\"grace\":1}");
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).isEmpty();
        assertThat(textColumn(server, uuid, "description")).isEqualTo("nightly");
    }

    @Test
    void unknownCheckIs404() {
        var res = server.post("/api/v3/checks/" + UUID.randomUUID(), project.apiKey(), "{\"desc\":\"x\"}");
        assertThat(res.statusCode()).isEqualTo(404);
    }

    @Test
    void trailingSlashIsNotTheUpdateRoute() {
        var res = server.post(path + "/", project.apiKey(), "{\"desc\":\"x\"}");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(textColumn(server, uuid, "description")).isEqualTo("nightly");
    }

    @Test
    void checkDeletedMeanwhileGivesNothingToUpdate() {
        CheckService service = new CheckService(server.jdbi(), Clock.systemUTC());
        Check loaded = service.byUuid(uuid).orElseThrow();
        ApiFixtures.delete(server, path, project.apiKey());
        var changes = new CheckChanges(Optional.of("x"), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(), AlertChanges.NONE);
        assertThat(service.update(loaded, changes)).isEmpty();
        assertThat(server.post(path, project.apiKey(), "{\"name\":\"x\"}").statusCode()).isEqualTo(404);
    }
}
