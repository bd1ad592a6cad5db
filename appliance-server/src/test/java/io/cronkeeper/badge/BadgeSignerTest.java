package io.cronkeeper.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Signatures and URLs against values computed with Python's hmac, base64 and urllib. */
class BadgeSignerTest {
    private static final byte[] SECRET = "test-secret-key".getBytes(StandardCharsets.UTF_8);
    private static final String KEY = "0f7d0bdc-6d7a-4c6b-9b5e-1c2f3d4e5a6b";

    @Test
    void sig8MatchesPythonsUrlsafeBase64OfHmacSha1() {
        // python3: base64.urlsafe_b64encode(hmac.new(b"test-secret-key", (KEY + tag).encode(), hashlib.sha1)
        //          .digest()).decode()[:8]
        assertThat(BadgeSigner.sig8(SECRET, KEY, "*")).isEqualTo("oewUu6pk");
        assertThat(BadgeSigner.sig8(SECRET, KEY, "prod")).isEqualTo("cWyQzBwf");
        assertThat(BadgeSigner.sig8(SECRET, KEY, "ünï/☃")).isEqualTo("ed2h9rYc");
        assertThat(BadgeSigner.sig8(SECRET, KEY, "t3")).isEqualTo("2w-xxeZo");
        assertThat(BadgeSigner.sig8(SECRET, KEY, "t8")).isEqualTo("29j_p10u");
    }

    @Test
    void urlOfATagBadge() {
        assertThat(BadgeSigner.url(SECRET, "https://hc.example.org", KEY, "prod", false, "svg"))
            .isEqualTo("https://hc.example.org/badge/" + KEY + "/cWyQzBwf/prod.svg");
        assertThat(BadgeSigner.url(SECRET, "https://hc.example.org", KEY, "prod", true, "shields"))
            .isEqualTo("https://hc.example.org/badge/" + KEY + "/cWyQzBwf-2/prod.shields");
    }

    @Test
    void urlOfTheAllChecksBadgeHasNoTagSegment() {
        assertThat(BadgeSigner.url(SECRET, "http://localhost:8000", KEY, "*", false, "json"))
            .isEqualTo("http://localhost:8000/badge/" + KEY + "/oewUu6pk.json");
        assertThat(BadgeSigner.url(SECRET, "http://localhost:8000", KEY, "*", true, "json"))
            .isEqualTo("http://localhost:8000/badge/" + KEY + "/oewUu6pk-2.json");
    }

    @Test
    void tagIsQuotedLikeUrllibQuoteWithNothingSafe() {
        // python3: urllib.parse.quote("ünï/☃ ~*+", safe="")
        assertThat(BadgeSigner.url(SECRET, "", KEY, "ünï/☃ ~*+", false, "svg"))
            .endsWith("/%C3%BCn%C3%AF%2F%E2%98%83%20~%2A%2B.svg");
    }
}
