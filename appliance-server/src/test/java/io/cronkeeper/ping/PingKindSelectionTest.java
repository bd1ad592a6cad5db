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

/** How the stored kind is chosen: POST-only checks and HTTP body keyword filters (reference §1.5 step 7). */
class PingKindSelectionTest {
    static final String FILTERS = """
        {"filter_http_body": true, "start_kw": "begin", "success_kw": "done, finished", "failure_kw": "error"%s}""";

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

    private static String kindOf(String uuid, String method, String suffix, String body) {
        HttpResponse<String> res = fx.send(method, "/ping/" + uuid + suffix, body.getBytes(StandardCharsets.UTF_8));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo(method.equals("HEAD") ? "" : "OK");
        return fx.stored.lastPing(uuid).kind();
    }

    @Test
    void postOnlyCheckIgnoresEveryOtherMethod() {
        String uuid = fx.newCheck("{\"methods\": \"POST\"}");
        assertThat(kindOf(uuid, "GET", "", "")).isEqualTo("ign");
        assertThat(kindOf(uuid, "HEAD", "/fail", "")).isEqualTo("ign");
        assertThat(kindOf(uuid, "PUT", "/start", "")).isEqualTo("ign");
        assertThat(fx.stored.check(uuid).status()).isEqualTo("new");
        assertThat(kindOf(uuid, "POST", "/fail", "")).isEqualTo("fail");
        assertThat(fx.stored.check(uuid).status()).isEqualTo("down");
    }

    @Test
    void postOnlyRuleComesBeforeKeywordFilters() {
        String uuid = fx.newCheck(FILTERS.formatted(", \"methods\": \"POST\""));
        assertThat(kindOf(uuid, "PUT", "", "error")).isEqualTo("ign");
        assertThat(kindOf(uuid, "POST", "", "error")).isEqualTo("fail");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'an error and done and begin', fail",
        "'job done, begin next', ''",
        "'job finished', ''",
        "'begin backup', start",
        "'nothing to see', ign"})
    void firstMatchingRuleWinsInTheOrderFailureSuccessStart(String body, String expected) {
        String uuid = fx.newCheck(FILTERS.formatted(""));
        assertThat(kindOf(uuid, "POST", "", body)).isEqualTo(expected.isEmpty() ? null : expected);
    }

    @Test
    void unmatchedBodyFailsWithDefaultFail() {
        String uuid = fx.newCheck(FILTERS.formatted(", \"filter_default_fail\": true"));
        assertThat(kindOf(uuid, "POST", "", "nothing to see")).isEqualTo("fail");
        assertThat(kindOf(uuid, "POST", "", "done")).isNull();
        assertThat(kindOf(uuid, "GET", "", "")).isEqualTo("fail");
    }

    @Test
    void keywordsOverrideTheRouteAction() {
        String uuid = fx.newCheck(FILTERS.formatted(""));
        assertThat(kindOf(uuid, "POST", "/start", "done")).isNull();
        assertThat(kindOf(uuid, "POST", "/log", "error")).isEqualTo("fail");
        assertThat(kindOf(uuid, "POST", "/fail", "begin")).isEqualTo("start");
        assertThat(kindOf(uuid, "POST", "/log", "chatter")).isEqualTo("ign");
        assertThat(kindOf(uuid, "POST", "/0", "error")).isEqualTo("fail");
        assertThat(kindOf(uuid, "POST", "/1", "finished")).isNull();
        assertThat(fx.stored.lastPing(uuid).exitstatus()).isEqualTo(1);
        assertThat(fx.stored.check(uuid).status()).isEqualTo("up");
    }

    @Test
    void keywordsAreCommaSeparatedStrippedCaseSensitiveSubstrings() {
        String uuid = fx.newCheck("{\"filter_http_body\": true, \"success_kw\": \" all good ,, ok ,\"}");
        assertThat(kindOf(uuid, "POST", "", "status: all good.")).isNull();
        assertThat(kindOf(uuid, "POST", "", "looks ok to me")).isNull();
        assertThat(kindOf(uuid, "POST", "", "failed")).isEqualTo("ign");
        assertThat(kindOf(uuid, "POST", "", "ALL GOOD")).isEqualTo("ign");
        assertThat(kindOf(uuid, "POST", "", "all  good")).isEqualTo("ign");
        assertThat(kindOf(uuid, "POST", "", "")).isEqualTo("ign");
    }

    @Test
    void keywordsAreStrippedOfEveryWhitespaceAsPythonDoes() {
        String uuid = fx.newCheck("{\"filter_http_body\": true, \"success_kw\": \"\\u00a0ok\\u202f,\\u2007fine\\u0085\"}");
        assertThat(kindOf(uuid, "POST", "", "ok")).isNull();
        assertThat(kindOf(uuid, "POST", "", "fine")).isNull();
        assertThat(kindOf(uuid, "POST", "", "nope")).isEqualTo("ign");
    }

    @Test
    void onlyEmptyKeywordsNeverMatch() {
        String uuid = fx.newCheck("{\"filter_http_body\": true, \"success_kw\": \" , ,\", \"failure_kw\": \"\"}");
        assertThat(kindOf(uuid, "POST", "", "anything , at all")).isEqualTo("ign");
    }

    @Test
    void keywordsAreIgnoredWhileTheBodyFilterIsOff() {
        String uuid = fx.newCheck("{\"failure_kw\": \"error\", \"start_kw\": \"begin\"}");
        assertThat(kindOf(uuid, "POST", "", "error")).isNull();
        assertThat(kindOf(uuid, "POST", "/log", "begin")).isEqualTo("log");
    }

    @Test
    void bodyThatIsNotUtf8IsFilteredWithoutServerError() {
        String uuid = fx.newCheck(FILTERS.formatted(""));
        byte[] body = {(byte) 0xff, (byte) 0xfe, 'e', 'r', 'r', 'o', 'r', (byte) 0xc3};
        HttpResponse<String> res = fx.send("POST", "/ping/" + uuid, body);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(fx.stored.lastPing(uuid).kind()).isEqualTo("fail");
        assertThat(fx.stored.lastPing(uuid).body()).isEqualTo(body);

        res = fx.send("POST", "/ping/" + uuid, new byte[] {(byte) 0x80, (byte) 0x81});
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(fx.stored.lastPing(uuid).kind()).isEqualTo("ign");
    }

    @Test
    void keywordsAreMatchedInUtf8Text() {
        String uuid = fx.newCheck("{\"filter_http_body\": true, \"failure_kw\": \"échec\"}");
        assertThat(kindOf(uuid, "POST", "", "tâche: échec")).isEqualTo("fail");
    }
}
