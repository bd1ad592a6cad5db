package io.cronkeeper.http;

import static io.cronkeeper.http.ConnectionCloseTest.newCheck;
import static io.cronkeeper.http.ConnectionCloseTest.pings;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Item 2 of issue 14: chunk extensions are ignored, broken chunking is a 400, never a 500 or silence. */
class ChunkedBodyTest {
    @TempDir
    Path dir;

    private static String post(String uuid) {
        return "POST /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    }

    private static String storedBody(TestServer server) {
        byte[] body = server.jdbi().withHandle(h -> h.createQuery("SELECT body FROM ping").mapTo(byte[].class).one());
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void extensionsAndTrailersAreAcceptedAndIgnored() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send(post(uuid) + "3;name=value\r\nabc\r\n004 ; x=\"q\"\r\ndefg\r\n0;end\r\nX-Trailer: 1\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 OK").endsWith("OK");
            assertThat(storedBody(server)).isEqualTo("abcdefg");
            // the connection is still in step: a second request on it works
            c.send("GET /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 OK");
            assertThat(pings(server)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz", "-5", "ffffffffffffffffffff", "", "3 3", "0x3", "3\n"})
    void malformedChunkSizeIs400ThenClose(String size) throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send(post(uuid) + size + "\r\nabc\r\n0\r\n\r\n");
            String response = c.response();
            assertThat(response).startsWith("HTTP/1.1 400 ").containsIgnoringCase("connection: close");
            assertThat(c.closedWithin(2000)).isTrue();
            assertThat(pings(server)).isZero();
        }
    }

    @Test
    void chunkLongerThanItsSizeIs400() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send(post(uuid) + "2\r\nabc\r\n0\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 400 ");
        }
    }

    @Test
    void truncatedChunkedBodyThenHalfCloseIs400() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send(post(uuid) + "a\r\nabc");
            c.endOutput();
            assertThat(c.response()).startsWith("HTTP/1.1 400 ").contains("ended early");
            assertThat(pings(server)).isZero();
        }
    }

    @Test
    void bodyShorterThanContentLengthThenHalfCloseIs400() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send("POST /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nshort");
            c.endOutput();
            assertThat(c.response()).startsWith("HTTP/1.1 400 ").contains("ended early");
            assertThat(pings(server)).isZero();
        }
    }

    @Test
    void apiBodiesMayBeChunkedToo() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            var project = server.createProject("P");
            String json = "{\"name\":\"chunky\"}";
            c.send("POST /api/v3/checks/ HTTP/1.1\r\nHost: x\r\nX-Api-Key: " + project.apiKey()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(json.length()) + ";ext\r\n" + json + "\r\n0\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 201 ").contains("\"chunky\"");
        }
    }
}
