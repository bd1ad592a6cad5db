package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check object of reference §4.4: keys, their order and values, for both kinds of key. */
class CheckObjectTest {
    private static final List<String> COMMON = List.of("name", "slug", "tags", "desc", "grace", "n_pings", "status",
        "started", "last_ping", "next_ping", "manual_resume", "methods", "subject", "subject_fail", "start_kw",
        "success_kw", "failure_kw", "filter_subject", "filter_body", "filter_http_body", "filter_default_fail",
        "badge_url");
    private static final List<String> READ_WRITE = List.of("uuid", "ping_url", "update_url", "pause_url",
        "resume_url", "channels");
    /** Cronkeeper's alert options come after all of Healthchecks' keys. */
    private static final List<String> ALERT_OPTIONS = List.of("start_grace", "min_run_time", "fail_threshold",
        "repeat_every", "snoozed_until");

    @TempDir
    static Path dir;
    static TestServer server;
    CreatedProject project;
    String uuid;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, Map.of(Setting.SITE_ROOT, "https://hc.example.org/",
            Setting.PING_ENDPOINT, "https://ping.example.org/p/"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void newCheck() {
        server.clock.set(TestServer.T0);
        project = server.createProject("object");
        uuid = server.createCheck(project.apiKey(), "{\"name\":\"n\",\"timeout\":3600,\"grace\":600}").get("uuid").asText();
    }

    @Test
    void readWriteKeySees29KeysInHealthchecksOrderThenTheAlertOptions() {
        JsonNode c = get(project.apiKey());
        List<String> expected = new ArrayList<>(COMMON);
        expected.addAll(READ_WRITE);
        expected.add("timeout");
        expected.addAll(ALERT_OPTIONS);
        assertThat(keys(c)).hasSize(34).containsExactlyElementsOf(expected);
        assertThat(c.get("fail_threshold").asInt()).isEqualTo(1);
        assertThat(c.get("start_grace").isNull()).isTrue();
    }

    @Test
    void readOnlyKeySees24KeysWithUniqueKeyInsteadOfUrls() {
        JsonNode c = get(project.apiKeyReadonly());
        List<String> expected = new ArrayList<>(COMMON);
        expected.add("unique_key");
        expected.add("timeout");
        expected.addAll(ALERT_OPTIONS);
        assertThat(keys(c)).hasSize(29).containsExactlyElementsOf(expected);
        assertThat(c.get("unique_key").asText()).isEqualTo(sha1Hex(uuid.replace("-", "").substring(0, 16)));
    }

    @Test
    void urlsUseSiteRootAndPingEndpoint() {
        JsonNode c = get(project.apiKey());
        String badgeKey = server.jdbi().withHandle(h -> h.createQuery("SELECT badge_key FROM check_ WHERE uuid = :u")
            .bind("u", uuid).mapTo(String.class).one());
        assertThat(c.get("uuid").asText()).isEqualTo(uuid);
        assertThat(c.get("ping_url").asText()).isEqualTo("https://ping.example.org/p/" + uuid);
        assertThat(c.get("update_url").asText()).isEqualTo("https://hc.example.org/api/v3/checks/" + uuid);
        assertThat(c.get("pause_url").asText()).isEqualTo("https://hc.example.org/api/v3/checks/" + uuid + "/pause");
        assertThat(c.get("resume_url").asText()).isEqualTo("https://hc.example.org/api/v3/checks/" + uuid + "/resume");
        assertThat(c.get("badge_url").asText()).isEqualTo("https://hc.example.org/b/2/" + badgeKey + ".svg");
        assertThat(c.get("channels").asText()).isEmpty();
    }

    @Test
    void valueTypesMatchHealthchecks() {
        JsonNode c = get(project.apiKey());
        assertThat(c.get("grace").isInt()).isTrue();
        assertThat(c.get("timeout").isInt()).isTrue();
        assertThat(c.get("n_pings").isInt()).isTrue();
        assertThat(c.get("started").isBoolean()).isTrue();
        assertThat(c.get("manual_resume").isBoolean()).isTrue();
        assertThat(c.get("last_ping").isNull()).isTrue();
        assertThat(c.get("next_ping").isNull()).isTrue();
        assertThat(c.get("status").asText()).isEqualTo("new");
    }

    @Test
    void successPingShowsLastPingWithoutMicrosecondsAndNextPing() {
        server.clock.set(TestServer.T0.plusNanos(123_456_000));
        server.get("/ping/" + uuid);
        JsonNode c = get(project.apiKey());
        assertThat(c.get("status").asText()).isEqualTo("up");
        assertThat(c.get("n_pings").asInt()).isEqualTo(1);
        assertThat(c.get("started").asBoolean()).isFalse();
        assertThat(c.get("last_ping").asText()).isEqualTo("2026-01-15T12:00:00+00:00");
        assertThat(c.get("next_ping").asText()).isEqualTo("2026-01-15T13:00:00+00:00");
    }

    @Test
    void statusMovesToGraceThenDownWithTheClockAlone() {
        server.get("/ping/" + uuid);
        server.clock.set(TestServer.T0.plus(Duration.ofMinutes(60)).minusNanos(1000));
        assertThat(get(project.apiKey()).get("status").asText()).isEqualTo("up");
        server.clock.set(TestServer.T0.plus(Duration.ofMinutes(60)));
        assertThat(get(project.apiKey()).get("status").asText()).isEqualTo("grace");
        server.clock.set(TestServer.T0.plus(Duration.ofMinutes(70)).minusNanos(1000));
        assertThat(get(project.apiKey()).get("status").asText()).isEqualTo("grace");
        server.clock.set(TestServer.T0.plus(Duration.ofMinutes(70)));
        assertThat(get(project.apiKey()).get("status").asText()).isEqualTo("down");
        assertThat(get(project.apiKeyReadonly()).get("status").asText()).isEqualTo("down");
    }

    @Test
    void failPingShowsDown() {
        server.get("/ping/" + uuid + "/fail");
        JsonNode c = get(project.apiKey());
        assertThat(c.get("status").asText()).isEqualTo("down");
        assertThat(c.get("next_ping").isNull()).isTrue();
    }

    @Test
    void startedCheckShowsStartedAndNextPingAtTheStart() {
        server.get("/ping/" + uuid);
        server.clock.advance(Duration.ofMinutes(10));
        server.get("/ping/" + uuid + "/start");
        JsonNode c = get(project.apiKey());
        assertThat(c.get("started").asBoolean()).isTrue();
        assertThat(c.get("status").asText()).as("v3 never reports started").isEqualTo("up");
        assertThat(c.get("next_ping").asText()).isEqualTo("2026-01-15T12:10:00+00:00");
        server.clock.advance(Duration.ofMinutes(10));
        assertThat(get(project.apiKey()).get("status").asText()).as("the start is past its grace").isEqualTo("down");
    }

    @Test
    void lastDurationAppearsAfterTimedRunAsWholeSeconds() {
        server.get("/ping/" + uuid + "/start");
        server.clock.advance(Duration.ofMillis(90_700));
        server.get("/ping/" + uuid);
        JsonNode rw = get(project.apiKey());
        JsonNode ro = get(project.apiKeyReadonly());
        assertThat(rw.get("last_duration").asLong()).isEqualTo(90);
        assertThat(rw.get("last_duration").isIntegralNumber()).isTrue();
        assertThat(keys(rw)).hasSize(35).containsSubsequence("badge_url", "last_duration", "uuid");
        assertThat(keys(ro)).hasSize(30).containsSubsequence("badge_url", "last_duration", "unique_key");
    }

    @Test
    void zeroLastDurationIsLeftOut() {
        server.get("/ping/" + uuid + "/start");
        server.get("/ping/" + uuid);
        assertThat(get(project.apiKey()).has("last_duration")).isFalse();
        assertThat(keys(get(project.apiKey()))).hasSize(34);
    }

    @Test
    void subjectFieldsShowKeywordsOnlyWhenSubjectFilterIsOn() {
        String off = server.createCheck(project.apiKey(), "{\"success_kw\":\"ok\",\"failure_kw\":\"bad\"}").get("uuid").asText();
        String on = server.createCheck(project.apiKey(),
            "{\"success_kw\":\"ok\",\"failure_kw\":\"bad\",\"filter_subject\":true}").get("uuid").asText();
        JsonNode offJson = TestServer.json(server.get("/api/v3/checks/" + off, project.apiKey()).body());
        JsonNode onJson = TestServer.json(server.get("/api/v3/checks/" + on, project.apiKey()).body());
        assertThat(offJson.get("subject").asText()).isEmpty();
        assertThat(offJson.get("subject_fail").asText()).isEmpty();
        assertThat(onJson.get("subject").asText()).isEqualTo("ok");
        assertThat(onJson.get("subject_fail").asText()).isEqualTo("bad");
    }

    @Test
    void listShowsTheSameObjectAsGet() {
        JsonNode single = get(project.apiKey());
        JsonNode listed = TestServer.json(server.get("/api/v3/checks/", project.apiKey()).body()).get("checks").get(0);
        assertThat(listed).isEqualTo(single);
    }

    private JsonNode get(String key) {
        var res = server.get("/api/v3/checks/" + uuid, key);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        return TestServer.json(res.body());
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static String sha1Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
