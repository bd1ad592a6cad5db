package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The routes of reference §1.1 and the methods of §1.2: what each URL and method records. */
class PingRoutesTest {
    @TempDir
    static Path dir;
    static PingFixture fx;

    @BeforeAll
    static void start() {
        fx = PingFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    /** {@code kind} "-" is success (stored as NULL), {@code exit} "-" is no exit status. */
    @ParameterizedTest(name = "/ping/<uuid>{0}")
    @CsvSource({
        "'', -, -", "/, -, -", "/start, start, -", "/fail, fail, -", "/log, log, -",
        "/0, -, 0", "/1, fail, 1", "/255, fail, 255"})
    void uuidRouteRecordsOnePingOfItsKind(String suffix, String kind, String exit) {
        String uuid = fx.newCheck();
        HttpResponse<String> res = fx.get("/ping/" + uuid + suffix);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("OK");
        assertRecorded(uuid, kind, exit);
    }

    @ParameterizedTest(name = "/ping/<key>/<slug>{0}")
    @CsvSource({
        "'', -, -", "/start, start, -", "/fail, fail, -", "/log, log, -",
        "/0, -, 0", "/3, fail, 3", "/255, fail, 255"})
    void slugRouteRecordsOnePingOfItsKind(String suffix, String kind, String exit) {
        String slug = "route" + suffix.replace("/", "-");
        String uuid = fx.newCheck("{\"slug\": \"" + slug + "\"}");
        HttpResponse<String> res = fx.get("/ping/" + fx.project.pingKey() + "/" + slug + suffix);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("OK");
        assertRecorded(uuid, kind, exit);
    }

    private static void assertRecorded(String uuid, String kind, String exit) {
        StoredPing ping = fx.stored.onlyPing(uuid);
        assertThat(ping.n()).isEqualTo(1);
        assertThat(ping.kind()).isEqualTo(kind.equals("-") ? null : kind);
        assertThat(ping.exitstatus()).isEqualTo(exit.equals("-") ? null : Integer.valueOf(exit));
        assertThat(ping.method()).isEqualTo("GET");
        assertThat(fx.stored.check(uuid).nPings()).isEqualTo(1);
    }

    @Test
    void percentEncodedPathIsMatchedDecodedAsDjangoDoes() {
        String uuid = fx.newCheck("{\"slug\": \"encoded-slug\"}");
        assertThat(fx.get("/ping/" + uuid + "/%73tart").statusCode()).isEqualTo(200);
        assertThat(fx.get("/p%69ng/" + uuid + "%2Ffail").statusCode()).isEqualTo(200);
        assertThat(fx.get("/ping/" + fx.project.pingKey() + "/encoded%2Dslug/%6C%6Fg").statusCode()).isEqualTo(200);
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::kind).containsExactly("start", "fail", "log");
    }

    @Test
    void malformedPercentEscapesAreNotFound() {
        String uuid = fx.newCheck();
        for (String suffix : new String[] {"/%zz", "%", "/%7", "/st%61rt%"}) {
            // java.net.URI refuses such paths, so they go out as written.
            String res = fx.raw("GET /ping/" + uuid + suffix + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(res.substring(0, 12)).as(suffix).isIn("HTTP/1.1 400", "HTTP/1.1 404");
        }
        assertThat(fx.stored.pings(uuid)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "HEAD"})
    void documentedMethodsEachRecordExactlyOnePingWithTheirMethod(String method) {
        String uuid = fx.newCheck();
        HttpResponse<String> res = fx.send(method, "/ping/" + uuid, new byte[0]);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo(method.equals("HEAD") ? "" : "OK");
        assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        StoredPing ping = fx.stored.onlyPing(uuid);
        assertThat(ping.method()).isEqualTo(method);
        assertThat(ping.kind()).isNull();
        assertThat(fx.stored.check(uuid).status()).isEqualTo("up");
    }

    @Test
    void postBodyIsStoredWithThePing() {
        String uuid = fx.newCheck();
        assertThat(fx.post("/ping/" + uuid + "/fail", "disk full").statusCode()).isEqualTo(200);
        StoredPing ping = fx.stored.onlyPing(uuid);
        assertThat(ping.method()).isEqualTo("POST");
        assertThat(new String(ping.body(), StandardCharsets.UTF_8)).isEqualTo("disk full");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void otherMethodsAreRecordedWithTheirMethod(String method) {
        String uuid = fx.newCheck();
        HttpResponse<String> res = fx.send(method, "/ping/" + uuid + "/start", "body".getBytes(StandardCharsets.UTF_8));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("OK");
        StoredPing ping = fx.stored.onlyPing(uuid);
        assertThat(ping.method()).isEqualTo(method);
        assertThat(ping.kind()).isEqualTo("start");
    }

    @Test
    void optionsIsACorsPreflightThatRecordsNothing() {
        String uuid = fx.newCheck("{\"slug\": \"preflight\"}");
        for (String path : new String[] {"/ping/" + uuid, "/ping/" + uuid + "/fail",
            "/ping/" + fx.project.pingKey() + "/preflight/start"}) {
            HttpResponse<String> res = fx.send("OPTIONS", path, new byte[0],
                "Origin", "https://example.org", "Access-Control-Request-Method", "POST");
            assertThat(res.statusCode()).as(path).isEqualTo(204);
            assertThat(res.body()).isEmpty();
            assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(res.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
            assertThat(res.headers().firstValue("Cache-Control")).hasValue(PingResponsesTest.NO_CACHE);
        }
        assertThat(fx.stored.pings(uuid)).isEmpty();
        assertThat(fx.stored.check(uuid).nPings()).isZero();
        assertThat(fx.stored.check(uuid).status()).isEqualTo("new");
    }
}
