package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.Setting;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ping bodies: the first {@code ping-body-limit} bytes are stored and the rest discarded, for a
 * body of any size (reference §1.5 step 6 and Cronkeeper's difference: nothing is refused).
 */
class PingBodyLimitTest {
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

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @Test
    void defaultLimitStoresTheFirst10000Bytes() {
        String uuid = fx.newCheck();
        byte[] body = randomBytes(20_000);
        HttpResponse<String> res = fx.send("POST", "/ping/" + uuid, body);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Ping-Body-Limit")).hasValue("10000");
        assertThat(fx.stored.onlyPing(uuid).body()).isEqualTo(Arrays.copyOf(body, 10_000));
    }

    @Test
    void bodyWithinTheLimitIsStoredByteForByte() {
        String uuid = fx.newCheck();
        byte[] body = randomBytes(10_000);
        assertThat(fx.send("PUT", "/ping/" + uuid + "/log", body).statusCode()).isEqualTo(200);
        assertThat(fx.stored.onlyPing(uuid).body()).isEqualTo(body);
    }

    @Test
    void bodySentAfter100ContinueIsStored() {
        String uuid = fx.newCheck();
        HttpRequest request = fx.server.request("/ping/" + uuid + "/log").expectContinue(true)
            .POST(HttpRequest.BodyPublishers.ofString("waited for 100 Continue")).build();
        assertThat(fx.server.send(request).statusCode()).isEqualTo(200);
        assertThat(fx.stored.onlyPing(uuid).body()).asString().isEqualTo("waited for 100 Continue");
    }

    @Test
    void emptyBodyIsStoredAsEmptyBytes() {
        String uuid = fx.newCheck();
        fx.get("/ping/" + uuid);
        fx.send("POST", "/ping/" + uuid, new byte[0]);
        fx.send("HEAD", "/ping/" + uuid, new byte[0]);
        assertThat(fx.stored.pings(uuid)).hasSize(3).allSatisfy(p -> assertThat(p.body()).isEmpty());
        for (long n = 1; n <= 3; n++) {
            assertThat(fx.stored.bodyIsNull(uuid, n)).as("body of ping %d is NULL", n).isFalse();
        }
    }

    @Test
    void thirtyMegabyteBodyIsAcceptedAndOnlyTheLimitIsStored() {
        String uuid = fx.newCheck();
        long size = 30L * 1024 * 1024;
        HttpRequest request = fx.server.request("/ping/" + uuid + "/fail")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new PatternStream(size)))
            .build();
        HttpResponse<String> res = fx.server.send(request);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("OK");
        byte[] stored = fx.stored.onlyPing(uuid).body();
        assertThat(stored).hasSize(10_000);
        for (int i = 0; i < stored.length; i++) {
            assertThat(stored[i]).as("byte %d", i).isEqualTo(PatternStream.byteAt(i));
        }
        assertThat(fx.stored.check(uuid).status()).isEqualTo("down");
    }

    @Test
    void configuredLimitStoresThatManyBytesAndAnnouncesIt(@TempDir Path otherDir) {
        try (PingFixture small = PingFixture.start(otherDir, Map.of(Setting.PING_BODY_LIMIT, "5"))) {
            String uuid = small.newCheck();
            HttpResponse<String> res = small.post("/ping/" + uuid, "hello world");
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.headers().firstValue("Ping-Body-Limit")).hasValue("5");
            assertThat(small.stored.onlyPing(uuid).body()).asString(StandardCharsets.UTF_8).isEqualTo("hello");

            // "abcdé" is six bytes: the limit cuts the é in half, and the filters must cope.
            String filtered = small.newCheck("{\"filter_http_body\": true, \"success_kw\": \"abc\"}");
            res = small.post("/ping/" + filtered, "abcdé");
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(small.stored.onlyPing(filtered).body()).hasSize(5);
            assertThat(small.stored.onlyPing(filtered).kind()).isNull();

            res = small.get("/ping/" + UUID.randomUUID());
            assertThat(res.headers().firstValue("Ping-Body-Limit")).isEmpty();
        }
    }

    @Test
    void unlimitedBodyIsStoredWholeWithoutALimitHeader(@TempDir Path otherDir) {
        try (PingFixture unlimited = PingFixture.start(otherDir, Map.of(Setting.PING_BODY_LIMIT, "none"))) {
            String uuid = unlimited.newCheck();
            byte[] body = randomBytes(100_000);
            HttpResponse<String> res = unlimited.send("POST", "/ping/" + uuid, body);
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(res.headers().firstValue("Ping-Body-Limit")).isEmpty();
            assertThat(unlimited.stored.onlyPing(uuid).body()).isEqualTo(body);
        }
    }

    /** A long body made on the fly, so that the test never holds it in memory. */
    static final class PatternStream extends InputStream {
        private final long size;
        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        static byte byteAt(long i) {
            return (byte) ('a' + i % 23);
        }

        @Override
        public int read() {
            return position < size ? byteAt(position++) & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = byteAt(position++);
            }
            return n;
        }
    }
}
