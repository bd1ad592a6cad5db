package io.cronkeeper.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import io.cronkeeper.store.Micros;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Test data the API cannot make yet, written straight into the database: integrations (the
 * admin API creates them) and flips at chosen moments. Plus small request shortcuts.
 */
final class ApiFixtures {
    private ApiFixtures() {
    }

    /** An integration of the project; returns its UUID. */
    static String channel(TestServer server, CreatedProject project, String name, String kind) {
        String uuid = UUID.randomUUID().toString();
        server.jdbi().useHandle(h -> h.execute("""
            INSERT INTO channel (uuid, project_id, name, kind, config, created)
            VALUES (?, (SELECT id FROM project WHERE uuid = ?), ?, ?, '{}', 0)""", uuid, project.uuid(), name, kind));
        return uuid;
    }

    /** The UUIDs of the check's integrations as stored, sorted. */
    static List<String> storedChannels(TestServer server, String checkUuid) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                SELECT ch.uuid FROM channel ch JOIN check_channel cc ON cc.channel_id = ch.id
                JOIN check_ c ON c.id = cc.check_id WHERE c.uuid = :u ORDER BY ch.uuid""")
            .bind("u", checkUuid).mapTo(String.class).list());
    }

    static void flip(TestServer server, String checkUuid, Instant created, String oldStatus, String newStatus) {
        server.jdbi().useHandle(h -> h.execute("""
            INSERT INTO flip (check_id, created, old_status, new_status, reason, processed)
            VALUES ((SELECT id FROM check_ WHERE uuid = ?), ?, ?, ?, '', NULL)""",
            checkUuid, Micros.of(created), oldStatus, newStatus));
    }

    /** A nullable integer column of the check's row. */
    static Long column(TestServer server, String checkUuid, String column) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM check_ WHERE uuid = :u")
            .bind("u", checkUuid).mapTo(Long.class).findOne().orElse(null));
    }

    static String textColumn(TestServer server, String checkUuid, String column) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM check_ WHERE uuid = :u")
            .bind("u", checkUuid).mapTo(String.class).one());
    }

    static HttpResponse<String> delete(TestServer server, String path, String apiKey) {
        return server.send(server.request(path).header("X-Api-Key", apiKey).DELETE().build());
    }

    static HttpResponse<String> send(TestServer server, String method, String path, String apiKey, String body) {
        HttpRequest.Builder req = server.request(path)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            req.header("X-Api-Key", apiKey);
        }
        return server.send(req.build());
    }

    static JsonNode getJson(TestServer server, String path, String apiKey) {
        return TestServer.json(server.get(path, apiKey).body());
    }

    static long micros(String iso) {
        return Micros.of(Instant.parse(iso));
    }
}
