package io.cronkeeper.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.TestServer;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.check.UniqueKey;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpResponse;

/** A project whose checks tests make through the API and read back as metrics. */
final class MetricsFixture {
    final TestServer server;
    final CreatedProject project;

    MetricsFixture(TestServer server, String name) {
        this.server = server;
        this.project = server.createProject(name);
    }

    /** A simple check, late after one hour, down ten minutes later; returns its unique key. */
    String check(String name, String tags) {
        try {
            var mapper = new ObjectMapper();
            JsonNode c = server.createCheck(project.apiKey(), """
                {"name": %s, "tags": %s, "timeout": 3600, "grace": 600}"""
                .formatted(mapper.writeValueAsString(name), mapper.writeValueAsString(tags)));
            return c.get("uuid").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String key(String uuid) {
        return UniqueKey.of(uuid);
    }

    void ping(String uuid, String action) {
        String res = server.get("/ping/" + uuid + action).body();
        if (!res.equals("OK")) {
            throw new IllegalStateException("ping failed: " + res);
        }
    }

    /** Through the domain: the pause endpoint is built on another branch. */
    void pause(String uuid) {
        var checks = new CheckService(server.jdbi(), server.clock);
        checks.pause(checks.byUuid(uuid).orElseThrow()).orElseThrow();
    }

    String scrape() {
        HttpResponse<String> res = server.get("/projects/" + project.uuid() + "/metrics/" + project.apiKeyReadonly());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("scrape failed: " + res.statusCode() + " " + res.body());
        }
        return res.body();
    }
}
