package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code unique} on create: an upsert that answers 201 or 200 (reference §4.5 "Create semantics"). */
@ServerTest
class UniqueUpsertTest {
    static TestServer server;
    CreatedProject project;

    @BeforeEach
    void newProject() {
        server.clock.set(TestServer.T0);
        project = server.createProject("unique");
    }

    @Test
    void secondCreateWithSameUniqueNameReturns200AndTheSameCheck() {
        var first = create("{\"name\":\"backup\",\"unique\":[\"name\"]}");
        var second = create("{\"name\":\"backup\",\"unique\":[\"name\"]}");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(uuid(second)).isEqualTo(uuid(first));
        assertThat(checkCount()).isEqualTo(1);
    }

    @Test
    void differentValueOfUniqueFieldCreatesAnotherCheck() {
        create("{\"name\":\"backup\",\"unique\":[\"name\"]}");
        var other = create("{\"name\":\"restore\",\"unique\":[\"name\"]}");
        assertThat(other.statusCode()).isEqualTo(201);
        assertThat(checkCount()).isEqualTo(2);
    }

    @Test
    void everyListedFieldMustMatch() {
        var first = create("{\"name\":\"a\",\"tags\":\"x\",\"unique\":[\"name\",\"tags\"]}");
        var otherTags = create("{\"name\":\"a\",\"tags\":\"y\",\"unique\":[\"name\",\"tags\"]}");
        var same = create("{\"name\":\"a\",\"tags\":\"x\",\"unique\":[\"tags\",\"name\"]}");
        assertThat(otherTags.statusCode()).isEqualTo(201);
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(uuid(same)).isEqualTo(uuid(first));
    }

    @Test
    void uniqueOnSlugTimeoutAndGraceMatches() {
        var first = create("{\"slug\":\"s\",\"timeout\":3600,\"grace\":120,\"unique\":[\"slug\",\"timeout\",\"grace\"]}");
        var second = create("{\"slug\":\"s\",\"timeout\":3600,\"grace\":120,\"unique\":[\"slug\",\"timeout\",\"grace\"]}");
        var otherGrace = create("{\"slug\":\"s\",\"timeout\":3600,\"grace\":180,\"unique\":[\"slug\",\"timeout\",\"grace\"]}");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(uuid(second)).isEqualTo(uuid(first));
        assertThat(otherGrace.statusCode()).isEqualTo(201);
    }

    @Test
    void uniqueFieldMissingFromRequestAlwaysCreates() {
        var first = create("{\"unique\":[\"name\"]}");
        var second = create("{\"unique\":[\"name\"]}");
        var third = create("{\"tags\":\"t\",\"unique\":[\"name\",\"tags\"]}");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(third.statusCode()).isEqualTo(201);
        assertThat(checkCount()).isEqualTo(3);
    }

    @Test
    void emptyUniqueListAlwaysCreates() {
        create("{\"name\":\"a\",\"unique\":[]}");
        assertThat(create("{\"name\":\"a\",\"unique\":[]}").statusCode()).isEqualTo(201);
    }

    @Test
    void withoutUniqueSameNameCreatesAnotherCheck() {
        create("{\"name\":\"a\"}");
        assertThat(create("{\"name\":\"a\"}").statusCode()).isEqualTo(201);
        assertThat(checkCount()).isEqualTo(2);
    }

    @Test
    void uniqueDoesNotMatchAnotherProjectsCheck() {
        CreatedProject other = server.createProject("other");
        server.post("/api/v3/checks/", other.apiKey(), "{\"name\":\"shared\",\"unique\":[\"name\"]}");
        assertThat(create("{\"name\":\"shared\",\"unique\":[\"name\"]}").statusCode()).isEqualTo(201);
    }

    @Test
    void matchedCheckIsUpdatedWithTheOtherFields() {
        var first = create("{\"name\":\"a\",\"desc\":\"old\",\"unique\":[\"name\"]}");
        var second = create("{\"name\":\"a\",\"desc\":\"new\",\"tags\":\"t1 t2\",\"grace\":120,\"unique\":[\"name\"]}");
        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode c = TestServer.json(second.body());
        assertThat(c.get("uuid").asText()).isEqualTo(uuid(first));
        assertThat(c.get("desc").asText()).isEqualTo("new");
        assertThat(c.get("tags").asText()).isEqualTo("t1 t2");
        assertThat(c.get("grace").asInt()).isEqualTo(120);
        JsonNode fetched = TestServer.json(server.get("/api/v3/checks/" + uuid(first), project.apiKey()).body());
        assertThat(fetched.get("desc").asText()).isEqualTo("new");
    }

    @Test
    void matchedCheckKeepsItsStatusAndGetsNewDeadline() {
        var first = create("{\"name\":\"a\",\"unique\":[\"name\"]}");
        assertThat(server.get("/ping/" + uuid(first)).statusCode()).isEqualTo(200);
        server.clock.advance(Duration.ofMinutes(5));
        var second = create("{\"name\":\"a\",\"timeout\":600,\"grace\":60,\"unique\":[\"name\"]}");
        JsonNode c = TestServer.json(second.body());
        assertThat(c.get("status").asText()).isEqualTo("up");
        assertThat(c.get("n_pings").asInt()).isEqualTo(1);
        assertThat(c.get("next_ping").asText()).isEqualTo("2026-01-15T12:10:00+00:00");
        Long alertAfter = server.jdbi().withHandle(h -> h.createQuery("SELECT alert_after FROM check_ WHERE uuid = :u")
            .bind("u", uuid(first)).mapTo(Long.class).one());
        assertThat(alertAfter).isEqualTo(micros("2026-01-15T12:11:00Z"));
    }

    @Test
    void matchedCheckIsNotChangedByAnInvalidChannel() {
        var first = create("{\"name\":\"a\",\"desc\":\"old\",\"unique\":[\"name\"]}");
        var second = create("{\"name\":\"a\",\"desc\":\"new\",\"channels\":\"nope\",\"unique\":[\"name\"]}");
        assertThat(second.statusCode()).isEqualTo(400);
        JsonNode fetched = TestServer.json(server.get("/api/v3/checks/" + uuid(first), project.apiKey()).body());
        assertThat(fetched.get("desc").asText()).isEqualTo("old");
    }

    /** Provisioning a fleet at once: on PostgreSQL the requests really run side by side. */
    @Test
    void concurrentCreatesWithTheSameUniqueNameMakeOneCheck() throws Exception {
        for (int round = 0; round < 5; round++) {
            String body = "{\"name\":\"fleet-" + round + "\",\"unique\":[\"name\"]}";
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 8; i++) {
                    answers.add(threads.submit(() -> create(body)));
                }
            }
            List<Integer> statuses = new ArrayList<>();
            Set<String> uuids = new HashSet<>();
            for (var answer : answers) {
                statuses.add(answer.get().statusCode());
                uuids.add(uuid(answer.get()));
            }
            assertThat(statuses).as("round %d", round).containsOnlyOnce(201).containsOnly(201, 200);
            assertThat(uuids).as("round %d", round).hasSize(1);
        }
        assertThat(checkCount()).isEqualTo(5);
    }

    private HttpResponse<String> create(String body) {
        return server.post("/api/v3/checks/", project.apiKey(), body);
    }

    private static String uuid(HttpResponse<String> res) {
        return TestServer.json(res.body()).get("uuid").asText();
    }

    private int checkCount() {
        return TestServer.json(server.get("/api/v3/checks/", project.apiKey()).body()).get("checks").size();
    }

    private static long micros(String iso) {
        return java.time.Instant.parse(iso).toEpochMilli() * 1000;
    }
}
