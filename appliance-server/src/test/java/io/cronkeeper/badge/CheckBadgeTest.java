package io.cronkeeper.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-check badges {@code /b/<2|3>/<badge key>.<format>}: late only on /b/3/, labelled by name or uuid. */
@ServerTest
class CheckBadgeTest {
    static TestServer server;
    BadgeFixture f;

    @BeforeEach
    void newProject() {
        server.clock.set(TestServer.T0);
        f = new BadgeFixture(server, "per-check");
    }

    @Test
    void newCheckIsUp() {
        JsonNode c = f.check("backup", "");
        assertThat(json(c, 3)).isEqualTo("{\"status\":\"up\",\"total\":1,\"grace\":0,\"down\":0}");
        assertThat(json(c, 2)).isEqualTo("{\"status\":\"up\",\"total\":1,\"grace\":0,\"down\":0}");
    }

    @Test
    void graceIsLateOnlyOnTheThreeStateBadge() {
        JsonNode c = f.check("backup", "");
        f.ping(c, "");
        server.clock.advance(BadgeFixture.TIMEOUT);
        assertThat(json(c, 3)).isEqualTo("{\"status\":\"late\",\"total\":1,\"grace\":1,\"down\":0}");
        assertThat(json(c, 2)).isEqualTo("{\"status\":\"up\",\"total\":1,\"grace\":1,\"down\":0}");
        assertThat(shields(c, 3).get("color").asText()).isEqualTo("important");
        assertThat(shields(c, 2).get("color").asText()).isEqualTo("success");
    }

    @Test
    void failedCheckIsDown() {
        JsonNode c = f.check("backup", "");
        f.ping(c, "/fail");
        assertThat(json(c, 3)).isEqualTo("{\"status\":\"down\",\"total\":1,\"grace\":0,\"down\":1}");
        assertThat(json(c, 2)).isEqualTo("{\"status\":\"down\",\"total\":1,\"grace\":0,\"down\":1}");
        assertThat(shields(c, 2).get("color").asText()).isEqualTo("critical");
    }

    @Test
    void runningCheckShowsItsStatusFromBeforeTheRunAndPausedIsUp() {
        JsonNode started = f.check("started", "");
        f.ping(started, "/fail");
        f.ping(started, "/start");
        // A run in progress shows the status from before it started, like Healthchecks' get_status().
        assertThat(json(started, 3)).contains("\"status\":\"down\"");
        f.ping(started, "");
        f.ping(started, "/start");
        assertThat(json(started, 3)).contains("\"status\":\"up\"");
        JsonNode paused = f.check("paused", "");
        f.ping(paused, "/fail");
        f.pause(paused);
        assertThat(json(paused, 3)).isEqualTo("{\"status\":\"up\",\"total\":1,\"grace\":0,\"down\":0}");
    }

    @Test
    void shieldsLabelIsTheNameOrTheUuidWhenTheNameIsEmpty() {
        JsonNode named = f.check("Nightly \"backup\"", "");
        assertThat(shields(named, 3).toString())
            .isEqualTo("{\"schemaVersion\":1,\"label\":\"Nightly \\\"backup\\\"\",\"message\":\"up\",\"color\":\"success\"}");
        JsonNode unnamed = f.check("", "");
        assertThat(shields(unnamed, 2).get("label").asText()).isEqualTo(unnamed.get("uuid").asText());
    }

    @Test
    void unknownCheckKeyIs404() {
        assertThat(server.get("/b/3/00000000-0000-4000-8000-000000000000.svg").statusCode()).isEqualTo(404);
        assertThat(server.get("/b/2/nonsense.json").statusCode()).isEqualTo(404);
    }

    @Test
    void checkUuidIsNotABadgeKey() {
        JsonNode c = f.check("backup", "");
        assertThat(server.get("/b/3/" + c.get("uuid").asText() + ".json").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTwoAndThreeStatesExist() {
        JsonNode c = f.check("backup", "");
        assertThat(server.get(BadgeFixture.checkBadgePath(c, 4, "json")).statusCode()).isEqualTo(404);
        assertThat(server.get(BadgeFixture.checkBadgePath(c, 1, "json")).statusCode()).isEqualTo(404);
    }

    private String json(JsonNode check, int states) {
        HttpResponse<String> res = server.get(BadgeFixture.checkBadgePath(check, states, "json"));
        assertThat(res.statusCode()).isEqualTo(200);
        return res.body();
    }

    private JsonNode shields(JsonNode check, int states) {
        HttpResponse<String> res = server.get(BadgeFixture.checkBadgePath(check, states, "shields"));
        assertThat(res.statusCode()).isEqualTo(200);
        return TestServer.json(res.body());
    }
}
