package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import io.cronkeeper.store.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v3/badges/}: signed badge URLs per tag and for all checks (§4.8). */
class BadgesApiTest {
    @TempDir
    static Path dir;
    static TestServer server;
    CreatedProject project;
    String badgeKey;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void projectWithTaggedChecks() {
        project = server.createProject("badges");
        server.createCheck(project.apiKey(), "{\"tags\":\"prod db\"}");
        server.createCheck(project.apiKey(), "{\"tags\":\" prod  web \"}");
        server.createCheck(project.apiKey(), "{}");
        badgeKey = badgeKey(server, project);
    }

    @Test
    void oneEntryPerTagPlusStar() {
        var res = server.get("/api/v3/badges/", project.apiKey());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode badges = TestServer.json(res.body()).get("badges");
        assertThat(names(badges)).containsExactlyInAnyOrder("*", "prod", "db", "web");
    }

    @Test
    void tagEntryHasSixSignedUrlsInHealthchecksShape() {
        JsonNode prod = TestServer.json(server.get("/api/v3/badges/", project.apiKey()).body()).get("badges").get("prod");
        String base = server.settings.siteRoot() + "/badge/" + badgeKey + "/" + sig("prod");
        assertThat(names(prod)).containsExactly("svg", "svg3", "json", "json3", "shields", "shields3");
        assertThat(prod.get("svg").asText()).isEqualTo(base + "-2/prod.svg");
        assertThat(prod.get("svg3").asText()).isEqualTo(base + "/prod.svg");
        assertThat(prod.get("json").asText()).isEqualTo(base + "-2/prod.json");
        assertThat(prod.get("json3").asText()).isEqualTo(base + "/prod.json");
        assertThat(prod.get("shields").asText()).isEqualTo(base + "-2/prod.shields");
        assertThat(prod.get("shields3").asText()).isEqualTo(base + "/prod.shields");
    }

    @Test
    void starEntryHasNoTagSegment() {
        JsonNode all = TestServer.json(server.get("/api/v3/badges/", project.apiKey()).body()).get("badges").get("*");
        String base = server.settings.siteRoot() + "/badge/" + badgeKey + "/" + sig("*");
        assertThat(all.get("svg").asText()).isEqualTo(base + "-2.svg");
        assertThat(all.get("svg3").asText()).isEqualTo(base + ".svg");
        assertThat(all.get("json").asText()).isEqualTo(base + "-2.json");
        assertThat(all.get("shields3").asText()).isEqualTo(base + ".shields");
    }

    @Test
    void signaturesDifferPerTagAndPerProject() {
        JsonNode mine = TestServer.json(server.get("/api/v3/badges/", project.apiKey()).body()).get("badges");
        CreatedProject other = server.createProject("other");
        server.createCheck(other.apiKey(), "{\"tags\":\"prod\"}");
        JsonNode theirs = TestServer.json(server.get("/api/v3/badges/", other.apiKey()).body()).get("badges");
        assertThat(sig("prod")).isNotEqualTo(sig("db"));
        assertThat(theirs.get("prod").get("svg").asText()).isNotEqualTo(mine.get("prod").get("svg").asText())
            .contains("/badge/" + badgeKey(server, other) + "/");
        assertThat(names(theirs)).containsExactlyInAnyOrder("*", "prod");
    }

    @Test
    void urlsAreTheSameOnEveryRequest() {
        String first = server.get("/api/v3/badges/", project.apiKey()).body();
        assertThat(server.get("/api/v3/badges/", project.apiKeyReadonly()).body()).isEqualTo(first);
        assertThat(server.get("/api/v1/badges/", project.apiKey()).body()).isEqualTo(first);
    }

    @Test
    void urlsSurviveARestart(@TempDir Path own) {
        String before;
        CreatedProject p;
        try (TestServer first = TestServer.start(own)) {
            p = first.createProject("restart");
            first.createCheck(p.apiKey(), "{\"tags\":\"x\"}");
            before = first.get("/api/v3/badges/", p.apiKey()).body();
        }
        try (TestServer second = TestServer.start(own)) {
            assertThat(second.get("/api/v3/badges/", p.apiKey()).body()).isEqualTo(before);
        }
    }

    @Test
    void projectWithoutChecksHasOnlyTheStarBadge() {
        CreatedProject empty = server.createProject("empty");
        JsonNode badges = TestServer.json(server.get("/api/v3/badges/", empty.apiKeyReadonly()).body()).get("badges");
        assertThat(names(badges)).containsExactly("*");
    }

    @Test
    void missingOrWrongKeyIs401() {
        assertThat(server.get("/api/v3/badges/").statusCode()).isEqualTo(401);
        assertThat(server.get("/api/v3/badges/", "hcr_" + "x".repeat(28)).body()).isEqualTo("{\"error\":\"wrong api key\"}");
    }

    @Test
    void withoutTrailingSlashIs404() {
        assertThat(server.get("/api/v3/badges", project.apiKey()).statusCode()).isEqualTo(404);
    }

    /** Computed here from the stored secret, independently of the server's code. */
    private String sig(String tag) {
        try {
            byte[] secret = storedSecret().strip().getBytes(StandardCharsets.UTF_8);
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] digest = mac.doFinal((badgeKey + tag).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().encodeToString(digest).substring(0, 8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The install secret where the store keeps it: the data dir's file, or PostgreSQL's table. */
    private static String storedSecret() throws IOException {
        if (server.appliance().database().dialect() == Dialect.POSTGRES) {
            return server.jdbi().withHandle(h -> h.createQuery("SELECT value FROM appliance_secret WHERE name = 'secret-key'")
                .mapTo(String.class).one());
        }
        return Files.readString(dir.resolve("secret-key"));
    }

    private static String badgeKey(TestServer server, CreatedProject project) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT badge_key FROM project WHERE uuid = :u")
            .bind("u", project.uuid()).mapTo(String.class).one());
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
