package io.cronkeeper.badge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.TestServer;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A project with its badge key and the install's secret, and shortcuts to request its badges. */
final class BadgeFixture {
    /** Checks made by {@link #check}: late one hour after a ping, down ten minutes later. */
    static final Duration TIMEOUT = Duration.ofHours(1);
    static final Duration GRACE = Duration.ofMinutes(10);

    final TestServer server;
    final CreatedProject project;
    final String badgeKey;
    final byte[] secret;
    private final String base;

    BadgeFixture(TestServer server, String projectName) {
        this(server, projectName, "");
    }

    /** @param base the path of SITE_ROOT the server was started with */
    BadgeFixture(TestServer server, String projectName, String base) {
        this.server = server;
        this.base = base;
        this.project = server.createProject(projectName);
        this.badgeKey = server.jdbi().withHandle(h -> h.createQuery("SELECT badge_key FROM project WHERE uuid = :u")
            .bind("u", project.uuid()).mapTo(String.class).one());
        this.secret = server.keyHasher().secret();
    }

    /** Creates a check with the given name and tags; returns its JSON. */
    JsonNode check(String name, String tags) {
        String body = """
            {"name": %s, "tags": %s, "timeout": %d, "grace": %d}""".formatted(quote(name), quote(tags),
            TIMEOUT.toSeconds(), GRACE.toSeconds());
        HttpResponse<String> res = server.post(base + "/api/v3/checks/", project.apiKey(), body);
        if (res.statusCode() != 201) {
            throw new IllegalStateException("create check failed: " + res.statusCode() + " " + res.body());
        }
        return TestServer.json(res.body());
    }

    void ping(JsonNode check, String action) {
        String res = server.get(base + "/ping/" + check.get("uuid").asText() + action).body();
        if (!res.equals("OK")) {
            throw new IllegalStateException("ping failed: " + res);
        }
    }

    /** Through the domain: the pause endpoint is built on another branch. */
    void pause(JsonNode check) {
        var checks = new CheckService(server.jdbi(), server.clock);
        checks.pause(checks.byUuid(check.get("uuid").asText()).orElseThrow()).orElseThrow();
    }

    /** The path of a signed project badge, as the badges list would give it. */
    String path(String tag, boolean twoState, String format) {
        return BadgeSigner.url(secret, "", badgeKey, tag, twoState, format);
    }

    HttpResponse<String> get(String tag, boolean twoState, String format) {
        return server.get(path(tag, twoState, format));
    }

    JsonNode json(String tag, boolean twoState) {
        HttpResponse<String> res = get(tag, twoState, "json");
        if (res.statusCode() != 200) {
            throw new IllegalStateException("badge " + tag + ": " + res.statusCode() + " " + res.body());
        }
        return TestServer.json(res.body());
    }

    /** The per-check badge path from the check's own {@code badge_url}, in another state count or format. */
    static String checkBadgePath(JsonNode check, int states, String format) {
        String path = URI.create(check.get("badge_url").asText()).getPath();
        return path.replace("/b/2/", "/b/" + states + "/").replaceAll("\\.svg$", "." + format);
    }

    static String quote(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
