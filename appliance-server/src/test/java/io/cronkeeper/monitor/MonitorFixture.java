package io.cronkeeper.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.channel.ChannelKind;
import io.cronkeeper.channel.ChannelService;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.util.List;
import java.util.Map;

/** A project with one webhook channel, and checks created through v3 with that channel assigned. */
final class MonitorFixture {
    final TestServer server;
    final CreatedProject project;

    MonitorFixture(TestServer server, String projectName) {
        this.server = server;
        this.project = server.createProject(projectName);
        long projectId = server.jdbi().withHandle(h -> h.createQuery("SELECT id FROM project WHERE uuid = :u")
            .bind("u", project.uuid()).mapTo(Long.class).one());
        new ChannelService(server.jdbi(), server.clock).create(projectId, "hook", ChannelKind.WEBHOOK,
            "{\"url\":\"http://127.0.0.1:9/hook\"}", false);
    }

    /** @param fields extra v3 fields, e.g. {@code "\"timeout\":60"} */
    String check(String fields) {
        String body = "{\"name\":\"job\",\"channels\":\"*\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
        JsonNode created = server.createCheck(project.apiKey(), body);
        return created.get("uuid").asText();
    }

    String storedStatus(String uuid) {
        return column(uuid, "status", String.class);
    }

    <T> T column(String uuid, String column, Class<T> type) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM check_ WHERE uuid = :u")
            .bind("u", uuid).mapTo(type).findOne().orElse(null));
    }

    List<Map<String, Object>> flips(String uuid) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                SELECT f.created, f.old_status, f.new_status, f.reason FROM flip f JOIN check_ c ON c.id = f.check_id
                WHERE c.uuid = :u ORDER BY f.id""").bind("u", uuid).mapToMap().list());
    }

    List<Map<String, Object>> notifications(String uuid) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                SELECT n.kind, n.due, n.state FROM notification n JOIN check_ c ON c.id = n.check_id
                WHERE c.uuid = :u ORDER BY n.id""").bind("u", uuid).mapToMap().list());
    }
}
