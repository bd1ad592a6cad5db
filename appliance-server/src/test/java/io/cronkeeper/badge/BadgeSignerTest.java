package io.cronkeeper.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expected values computed with Python the way Healthchecks' {@code hc/lib/badges.py} does. */
class BadgeSignerTest {
    private static final byte[] SECRET = "test-secret".getBytes(StandardCharsets.UTF_8);
    private static final String KEY = "0f2a4d8e-1111-4222-8333-944455556666";

    @Test
    void sig8IsTheFirstEightCharactersOfUrlSafeBase64HmacSha1() {
        // base64.urlsafe_b64encode(hmac.new(b"test-secret", (KEY + "prod").encode(), "sha1").digest())[:8]
        assertThat(BadgeSigner.sig8(SECRET, KEY, "prod")).isEqualTo("--WTCJXp");
        assertThat(BadgeSigner.sig8(SECRET, KEY, "*")).isEqualTo("6snB0UTS");
        assertThat(BadgeSigner.sig8("k".getBytes(StandardCharsets.UTF_8), "abc", "db/prod é")).isEqualTo("YP8nHAuZ");
    }

    @Test
    void signatureDependsOnSecretKeyAndTag() {
        String sig = BadgeSigner.sig8(SECRET, KEY, "prod");
        assertThat(BadgeSigner.sig8(SECRET, KEY, "prod")).isEqualTo(sig);
        assertThat(BadgeSigner.sig8("other".getBytes(StandardCharsets.UTF_8), KEY, "prod")).isNotEqualTo(sig);
        assertThat(BadgeSigner.sig8(SECRET, KEY, "dev")).isNotEqualTo(sig);
        assertThat(BadgeSigner.sig8(SECRET, "1" + KEY.substring(1), "prod")).isNotEqualTo(sig);
    }

    @Test
    void tagUrlsCarryTheTagAndTheTwoStateSuffix() {
        assertThat(BadgeSigner.url(SECRET, "https://hc.example", KEY, "prod", true, "svg"))
            .isEqualTo("https://hc.example/badge/" + KEY + "/--WTCJXp-2/prod.svg");
        assertThat(BadgeSigner.url(SECRET, "https://hc.example", KEY, "prod", false, "json"))
            .isEqualTo("https://hc.example/badge/" + KEY + "/--WTCJXp/prod.json");
    }

    @Test
    void allChecksBadgeHasNoTagSegment() {
        assertThat(BadgeSigner.url(SECRET, "http://h:8000/hc", KEY, "*", true, "shields"))
            .isEqualTo("http://h:8000/hc/badge/" + KEY + "/6snB0UTS-2.shields");
        assertThat(BadgeSigner.url(SECRET, "http://h:8000/hc", KEY, "*", false, "svg"))
            .isEqualTo("http://h:8000/hc/badge/" + KEY + "/6snB0UTS.svg");
    }

    @Test
    void specialCharactersInTagsAreQuotedTwiceAsDjangoReverseDoes() {
        // quote(quote("db/prod é", safe=""), safe="!$&'()*+,;=/~:@")
        assertThat(BadgeSigner.url("k".getBytes(StandardCharsets.UTF_8), "", "abc", "db/prod é", false, "svg"))
            .isEqualTo("/badge/abc/YP8nHAuZ/db%252Fprod%2520%25C3%25A9.svg");
        assertThat(BadgeSigner.url(SECRET, "", KEY, "a-b_c.d~e", false, "svg")).endsWith("/a-b_c.d~e.svg");
    }
}
