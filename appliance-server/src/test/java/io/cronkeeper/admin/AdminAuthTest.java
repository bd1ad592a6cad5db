package io.cronkeeper.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin token on every admin route, and the answers for unknown routes and methods. */
class AdminAuthTest {
    private static final String MISSING = "{\"error\":\"missing admin token\"}";
    private static final String WRONG = "{\"error\":\"wrong admin token\"}";

    @TempDir
    static Path dir;
    static TestServer server;
    static AdminClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        admin = new AdminClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({"GET,/projects", "POST,/projects", "PATCH,/projects/x", "DELETE,/projects/x", "GET,/checks",
        "POST,/checks/x/pause", "PUT,/checks/x/channels", "GET,/channels", "GET,/events", "OPTIONS,/projects",
        "GET,/no/such/route"})
    void everyRouteWithoutTokenIsMissingAdminToken(String method, String path) {
        var res = server.send(server.request(AdminClient.BASE + path)
            .method(method, HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(res.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"cronkeeper-admin\"");
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer", "Bearer    ", "Token abc"})
    void authorizationWithoutBearerTokenIsMissingAdminToken(String header) {
        var res = server.send(server.request(AdminClient.BASE + "/projects").header("Authorization", header).GET().build());
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @Test
    void tokenWithoutSchemeIsMissingAdminToken() {
        var res = server.send(server.request(AdminClient.BASE + "/projects").header("Authorization", admin.token)
            .GET().build());
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "ckadm_wrong", "ckadm_0123456789012345678901234567890123456789"})
    void wrongTokenIsRefused(String token) {
        var res = withToken(token);
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(WRONG);
    }

    @Test
    void tokenWithOneCharacterChangedIsRefused() {
        String token = admin.token.substring(0, admin.token.length() - 1)
            + (admin.token.endsWith("A") ? "B" : "A");
        assertThat(withToken(token).body()).isEqualTo(WRONG);
        assertThat(withToken(admin.token + "x").body()).isEqualTo(WRONG);
    }

    @Test
    void tokenFromDataDirIsAcceptedWithAnyCaseOfScheme() {
        assertThat(withToken(admin.token).statusCode()).isEqualTo(200);
        var res = server.send(server.request(AdminClient.BASE + "/projects")
            .header("Authorization", "bearer " + admin.token).GET().build());
        assertThat(res.statusCode()).isEqualTo(200);
    }

    @Test
    void adminResponsesCarryNoCorsHeaders() {
        assertThat(withToken(admin.token).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(withToken("wrong").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void apiKeyIsNoAdminToken() {
        var project = server.createProject("keys");
        assertThat(withToken(project.apiKey()).body()).isEqualTo(WRONG);
        var res = server.send(server.request(AdminClient.BASE + "/projects").header("X-Api-Key", project.apiKey())
            .GET().build());
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @Test
    void optionsListsTheAllowedMethods() {
        var res = admin.send("OPTIONS", "/projects/" + java.util.UUID.randomUUID(), null);
        assertThat(res.statusCode()).isEqualTo(204);
        assertThat(res.headers().firstValue("Allow")).hasValue("GET, PATCH, DELETE, OPTIONS");
        assertThat(res.body()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PUT,/projects,'GET, POST, OPTIONS'", "DELETE,/checks,'GET, OPTIONS'",
        "GET,/checks/x/pause,'POST, OPTIONS'", "POST,/events,'GET, OPTIONS'", "HEAD,/channels,'GET, OPTIONS'"})
    void otherMethodIs405WithAllow(String method, String path, String allow) {
        var res = admin.send(method, path, null);
        assertThat(res.statusCode()).isEqualTo(405);
        assertThat(res.headers().firstValue("Allow")).hasValue(allow);
        if (!method.equals("HEAD")) {
            assertThat(res.body()).isEqualTo("{\"error\":\"method " + method + " is not allowed here; allowed: "
                + allow + "\"}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no/such/route", "/projects/", "/checks/", "/projects/a/b/c/d"})
    void unknownRouteIs404WithMessage(String path) {
        var res = admin.get(path);
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("{\"error\":\"no admin API route GET " + AdminClient.BASE + path + "\"}");
    }

    @Test
    void configuredTokenReplacesTheFile(@TempDir Path other) {
        try (TestServer configured = TestServer.start(other, Map.of(Setting.ADMIN_TOKEN, "s3cret-token-from-config"))) {
            assertThat(Files.exists(other.resolve("admin-token"))).isFalse();
            var ok = configured.send(configured.request(AdminClient.BASE + "/projects")
                .header("Authorization", "Bearer s3cret-token-from-config").GET().build());
            assertThat(ok.statusCode()).isEqualTo(200);
            var wrong = configured.send(configured.request(AdminClient.BASE + "/projects")
                .header("Authorization", "Bearer " + admin.token).GET().build());
            assertThat(wrong.body()).isEqualTo(WRONG);
        }
    }

    private static HttpResponse<String> withToken(String token) {
        return server.send(server.request(AdminClient.BASE + "/projects").header("Authorization", "Bearer " + token)
            .GET().build());
    }
}
