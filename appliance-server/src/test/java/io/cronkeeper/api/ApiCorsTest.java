package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.check.UniqueKey;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CORS on every API response, preflights without auth, and 405 for methods a path does not allow (§4.3). */
@ServerTest
class ApiCorsTest {
    static TestServer server;
    CreatedProject project;
    String uuid;

    @BeforeEach
    void newCheck() {
        project = server.createProject("cors");
        uuid = server.createCheck(project.apiKey(), "{}").get("uuid").asText();
        server.post("/ping/" + uuid, "body");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v3/checks/, 'GET, POST, OPTIONS'",
        "/api/v3/checks/{uuid}, 'GET, POST, DELETE, OPTIONS'",
        "/api/v3/checks/{key}, 'GET, OPTIONS'",
        "/api/v3/checks/{uuid}/pause, 'POST, OPTIONS'",
        "/api/v3/checks/{uuid}/resume, 'POST, OPTIONS'",
        "/api/v3/checks/{uuid}/pings/, 'GET, OPTIONS'",
        "/api/v3/checks/{uuid}/pings/1/body, 'GET, OPTIONS'",
        "/api/v3/checks/{uuid}/flips/, 'GET, OPTIONS'",
        "/api/v3/checks/{key}/flips/, 'GET, OPTIONS'",
        "/api/v3/channels/, 'GET, OPTIONS'",
        "/api/v3/badges/, 'GET, OPTIONS'",
        "/api/v1/checks/{uuid}, 'GET, POST, DELETE, OPTIONS'",
        "/api/v2/badges/, 'GET, OPTIONS'"})
    void preflightIs204WithCorsHeadersAndNoAuth(String path, String methods) {
        var res = server.send(server.request(resolve(path))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://dashboard.example.org")
            .header("Access-Control-Request-Method", "GET").build());
        assertThat(res.statusCode()).isEqualTo(204);
        assertThat(res.body()).isEmpty();
        assertCors(res);
        assertThat(allowedMethods(res)).containsExactlyInAnyOrder(methods.split(", "));
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v3/checks/, rw, 200",
        "POST, /api/v3/checks/, rw, 201",
        "POST, /api/v3/checks/, none, 401",
        "POST, /api/v3/checks/, bad-json, 400",
        "GET, /api/v3/checks/{uuid}, ro, 200",
        "GET, /api/v3/checks/{other}, rw, 404",
        "GET, /api/v3/checks/{foreign}, rw, 403",
        "GET, /api/v3/checks/{uuid}/pings/, rw, 200",
        "GET, /api/v3/checks/{uuid}/pings/, ro, 401",
        "GET, /api/v3/checks/{uuid}/pings/1/body, rw, 200",
        "GET, /api/v3/checks/{uuid}/pings/9/body, rw, 404",
        "POST, /api/v3/checks/{uuid}, rw, 200",
        "POST, /api/v3/checks/{uuid}, ro, 401",
        "POST, /api/v3/checks/{foreign}, rw, 403",
        "POST, /api/v3/checks/{uuid}/pause, rw, 200",
        "POST, /api/v3/checks/{uuid}/resume, rw, 409",
        "GET, /api/v3/checks/{uuid}/flips/, ro, 200",
        "GET, /api/v3/checks/{uuid}/flips/?start=x, ro, 400",
        "GET, /api/v3/checks/{key}/flips/, ro, 200",
        "GET, /api/v3/channels/, rw, 200",
        "GET, /api/v3/channels/, ro, 401",
        "GET, /api/v3/badges/, ro, 200",
        "DELETE, /api/v3/checks/{other}, rw, 404",
        "DELETE, /api/v3/checks/{uuid}, rw, 200",
        "PUT, /api/v3/checks/, rw, 405"})
    void everyApiResponseCarriesCorsHeaders(String method, String path, String key, int status) {
        String foreign = server.createCheck(server.createProject("x").apiKey(), "{}").get("uuid").asText();
        String resolved = resolve(path).replace("{other}", UUID.randomUUID().toString()).replace("{foreign}", foreign);
        HttpRequest.Builder req = server.request(resolved).method(method, !method.equals("POST")
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(key.equals("bad-json") ? "{" : "{}"));
        switch (key) {
            case "rw", "bad-json" -> req.header("X-Api-Key", project.apiKey());
            case "ro" -> req.header("X-Api-Key", project.apiKeyReadonly());
            default -> { }
        }
        var res = server.send(req.build());
        assertThat(res.statusCode()).isEqualTo(status);
        assertCors(res);
    }

    @ParameterizedTest
    @CsvSource({
        "PUT, /api/v3/checks/",
        "DELETE, /api/v3/checks/",
        "PATCH, /api/v3/checks/",
        "HEAD, /api/v3/checks/",
        "HEAD, /api/v3/checks/{uuid}",
        "PUT, /api/v3/checks/{uuid}",
        "POST, /api/v3/checks/{uuid}/pings/",
        "DELETE, /api/v3/checks/{uuid}/pings/",
        "HEAD, /api/v3/checks/{uuid}/pings/",
        "POST, /api/v3/checks/{uuid}/pings/1/body",
        "HEAD, /api/v3/checks/{uuid}/pings/1/body",
        "POST, /api/v3/checks/{key}",
        "DELETE, /api/v3/checks/{key}",
        "GET, /api/v3/checks/{uuid}/pause",
        "GET, /api/v3/checks/{uuid}/resume",
        "HEAD, /api/v3/checks/{uuid}/pause",
        "DELETE, /api/v3/checks/{uuid}/resume",
        "POST, /api/v3/checks/{uuid}/flips/",
        "POST, /api/v3/checks/{key}/flips/",
        "HEAD, /api/v3/checks/{uuid}/flips/",
        "POST, /api/v3/channels/",
        "HEAD, /api/v3/channels/",
        "POST, /api/v3/badges/",
        "DELETE, /api/v3/badges/",
        "HEAD, /api/v1/checks/",
        "PUT, /api/v2/checks/{uuid}"})
    void methodOutsideTheAllowedSetIs405EvenWithAValidKey(String method, String path) {
        var res = server.send(server.request(resolve(path))
            .header("X-Api-Key", project.apiKey())
            .method(method, HttpRequest.BodyPublishers.noBody()).build());
        assertThat(res.statusCode()).isEqualTo(405);
        assertCors(res);
    }

    @Test
    void methodNotAllowedWinsOverMissingKey() {
        var res = server.send(server.request("/api/v3/checks/").method("PUT", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(res.statusCode()).isEqualTo(405);
    }

    @Test
    void allowedMethodsHeaderListsThePathsMethods() {
        var list = server.get("/api/v3/checks/", project.apiKey());
        var pings = server.get("/api/v3/checks/" + uuid + "/pings/", project.apiKey());
        assertThat(allowedMethods(list)).containsExactlyInAnyOrder("GET", "POST", "OPTIONS");
        assertThat(allowedMethods(pings)).containsExactlyInAnyOrder("GET", "OPTIONS");
    }

    @Test
    void allowedMethodsDependOnWhetherTheCheckIsNamedByUuidOrUniqueKey() {
        var byUuid = server.get("/api/v3/checks/" + uuid, project.apiKey());
        var byKey = server.get(resolve("/api/v3/checks/{key}"), project.apiKey());
        assertThat(allowedMethods(byUuid)).containsExactlyInAnyOrder("GET", "POST", "DELETE", "OPTIONS");
        assertThat(allowedMethods(byKey)).containsExactlyInAnyOrder("GET", "OPTIONS");
    }

    private String resolve(String path) {
        return path.replace("{uuid}", uuid).replace("{key}", UniqueKey.of(uuid));
    }

    private static void assertCors(HttpResponse<?> res) {
        assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(res.headers().firstValue("Access-Control-Allow-Headers")).hasValue("X-Api-Key");
        assertThat(res.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
        assertThat(allowedMethods(res)).contains("OPTIONS");
    }

    private static String[] allowedMethods(HttpResponse<?> res) {
        String header = res.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        return Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
