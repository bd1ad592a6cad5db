package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of the responses table (reference §1.4): status, body and headers. */
class PingResponsesTest {
    static final String NO_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private";

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

    /** A refusal: the body, text/plain, never cached, and no CORS or body-limit header. */
    static void assertRefused(HttpResponse<String> res, int status, String body) {
        assertThat(res.statusCode()).as("status of %s", res.uri()).isEqualTo(status);
        assertThat(res.body()).isEqualTo(body);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(res.headers().firstValue("Cache-Control")).hasValue(NO_CACHE);
        assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(res.headers().firstValue("Ping-Body-Limit")).isEmpty();
    }

    static void assertAccepted(HttpResponse<String> res, int status, String body) {
        assertThat(res.statusCode()).as("status of %s", res.uri()).isEqualTo(status);
        assertThat(res.body()).isEqualTo(body);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(res.headers().firstValue("Cache-Control")).hasValue(NO_CACHE);
        assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(res.headers().firstValue("Ping-Body-Limit")).hasValue("10000");
    }

    @Test
    void acceptedPingAnswersOkWithCorsLimitAndNoCacheHeaders() {
        String uuid = fx.newCheck();
        assertAccepted(fx.get("/ping/" + uuid), 200, "OK");
        assertThat(fx.stored.check(uuid).nPings()).isEqualTo(1);
    }

    @Test
    void ignoredPingStillAnswersOk() {
        String uuid = fx.newCheck("{\"methods\": \"POST\"}");
        assertAccepted(fx.get("/ping/" + uuid), 200, "OK");
        assertThat(fx.stored.onlyPing(uuid).kind()).isEqualTo("ign");
    }

    @Test
    void autoProvisionedSlugAnswersCreatedWithTheSameHeaders() {
        HttpResponse<String> res = fx.get("/ping/" + fx.project.pingKey() + "/made-on-first-ping?create=1");
        assertAccepted(res, 201, "Created");
        var created = fx.stored.checksWithSlug("made-on-first-ping");
        assertThat(created).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("made-on-first-ping");
            assertThat(c.nPings()).isEqualTo(1);
        });
    }

    @Test
    void unknownUuidIsNotFound() {
        assertRefused(fx.get("/ping/" + UUID.randomUUID()), 404, "not found");
        assertRefused(fx.get("/ping/" + UUID.randomUUID() + "/fail"), 404, "not found");
    }

    @Test
    void unknownPingKeyIsNotFound() {
        fx.newCheck("{\"slug\": \"known-slug\"}");
        assertRefused(fx.get("/ping/nosuchpingkey000000000/known-slug"), 404, "not found");
        assertThat(fx.stored.checksWithSlug("known-slug").getFirst().nPings()).isZero();
    }

    @Test
    void unknownSlugWithoutCreateIsNotFoundAndCreatesNothing() {
        assertRefused(fx.get("/ping/" + fx.project.pingKey() + "/never-made"), 404, "not found");
        assertRefused(fx.get("/ping/" + fx.project.pingKey() + "/never-made/start"), 404, "not found");
        assertThat(fx.stored.checksWithSlug("never-made")).isEmpty();
    }

    @Test
    void slugOfTwoChecksIsAmbiguousAndRecordsNothing() {
        String a = fx.newCheck("{\"slug\": \"twice\"}");
        String b = fx.newCheck("{\"slug\": \"twice\"}");
        assertRefused(fx.get("/ping/" + fx.project.pingKey() + "/twice"), 409, "ambiguous slug");
        assertRefused(fx.get("/ping/" + fx.project.pingKey() + "/twice/fail"), 409, "ambiguous slug");
        assertThat(fx.stored.pings(a)).isEmpty();
        assertThat(fx.stored.pings(b)).isEmpty();
    }

    @Test
    void uppercaseSlugIsInvalidUrlBeforeAnyLookup() {
        String uuid = fx.newCheck("{\"slug\": \"lower\"}");
        // An unknown ping key would be a 404 if the lookup came first.
        assertRefused(fx.get("/ping/nosuchpingkey000000000/Lower"), 400, "invalid url format");
        assertRefused(fx.get("/ping/" + fx.project.pingKey() + "/LOWER/start"), 400, "invalid url format");
        // Only the slug is checked: an uppercase ping key is just unknown.
        assertRefused(fx.get("/ping/" + fx.project.pingKey().toUpperCase() + "/lower"), 404, "not found");
        assertThat(fx.stored.pings(uuid)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256", "1000", "99999999999999999999999999"})
    void exitStatusAbove255IsInvalidUrlAndRecordsNothing(String exit) {
        String uuid = fx.newCheck("{\"slug\": \"exit-" + exit.length() + "\"}");
        assertRefused(fx.get("/ping/" + uuid + "/" + exit), 400, "invalid url format");
        assertRefused(fx.get("/ping/" + fx.project.pingKey() + "/exit-" + exit.length() + "/" + exit),
            400, "invalid url format");
        assertThat(fx.stored.pings(uuid)).isEmpty();
        assertThat(fx.stored.check(uuid).nPings()).isZero();
    }

    @Test
    void exitStatusAbove255OfUnknownCheckIsNotFound() {
        assertRefused(fx.get("/ping/" + UUID.randomUUID() + "/256"), 404, "not found");
        assertRefused(fx.get("/ping/" + fx.project.pingKey() + "/no-such-check/256"), 404, "not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?rid=", "?rid=bad", "?rid=3f1b2c4d-1111-2222-3333-444455556666x", "?rid"})
    void badRunIdIsInvalidUuidFormat(String query) {
        String uuid = fx.newCheck();
        assertRefused(fx.get("/ping/" + uuid + query), 400, "invalid uuid format");
        assertThat(fx.stored.pings(uuid)).isEmpty();
    }

    @Test
    void malformedUuidsAreNotFound() {
        String uuid = fx.newCheck();
        assertRefused(fx.get("/ping/not-uuid"), 404, "not found");
        assertRefused(fx.get("/ping/" + uuid.replace("-", "")), 404, "not found");
        assertRefused(fx.get("/ping/" + uuid.toUpperCase()), 404, "not found");
        assertRefused(fx.get("/ping/" + uuid.toUpperCase() + "/fail"), 404, "not found");
        assertRefused(fx.get("/ping/" + uuid.substring(1)), 404, "not found");
        assertThat(fx.stored.pings(uuid)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "-1", "success", "START"})
    void unknownWordAfterUuidFallsThroughToTheSlugRoute(String word) {
        String uuid = fx.newCheck();
        int expected = word.equals("START") ? 400 : 404;
        assertRefused(fx.get("/ping/" + uuid + "/" + word), expected, expected == 400 ? "invalid url format" : "not found");
        assertThat(fx.stored.pings(uuid)).isEmpty();
    }

    @Test
    void trailingSlashAfterSlugOrExitStatusIsNotFound() {
        String uuid = fx.newCheck("{\"slug\": \"slashed\"}");
        String key = fx.project.pingKey();
        assertThat(fx.get("/ping/" + key + "/slashed/").statusCode()).isEqualTo(404);
        assertThat(fx.get("/ping/" + key + "/slashed/start/").statusCode()).isEqualTo(404);
        assertThat(fx.get("/ping/" + uuid + "/1/").statusCode()).isEqualTo(404);
        assertThat(fx.get("/ping/" + uuid + "/start/").statusCode()).isEqualTo(404);
        assertThat(fx.get("/ping/" + uuid + "//").statusCode()).isEqualTo(404);
        assertThat(fx.stored.pings(uuid)).isEmpty();
    }

    @Test
    void leadingZerosOfExitStatusAreIgnored() {
        String uuid = fx.newCheck();
        assertAccepted(fx.get("/ping/" + uuid + "/007"), 200, "OK");
        assertAccepted(fx.get("/ping/" + uuid + "/0000000000000000000000000000000000000000042"), 200, "OK");
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::kind).containsOnly("fail");
        assertThat(fx.stored.pings(uuid)).extracting(StoredPing::exitstatus).containsExactly(7, 42);
        assertThat(fx.stored.check(uuid).status()).isEqualTo("down");
    }

    @Test
    void exitStatusZeroIsSuccess() {
        String uuid = fx.newCheck();
        assertAccepted(fx.get("/ping/" + uuid + "/000"), 200, "OK");
        StoredPing ping = fx.stored.onlyPing(uuid);
        assertThat(ping.kind()).isNull();
        assertThat(ping.exitstatus()).isZero();
        assertThat(fx.stored.check(uuid).status()).isEqualTo("up");
    }

    @Test
    void pathsOutsideThePingRoutesAreNotFound() {
        assertThat(fx.get("/ping").statusCode()).isEqualTo(404);
        assertThat(fx.get("/ping/").statusCode()).isEqualTo(404);
        assertThat(fx.get("/ping/a/b/c/d").statusCode()).isEqualTo(404);
    }
}
