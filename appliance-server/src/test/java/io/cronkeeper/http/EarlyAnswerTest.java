package io.cronkeeper.http;

import static io.cronkeeper.http.ConnectionCloseTest.newCheck;
import static io.cronkeeper.http.ConnectionCloseTest.pings;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 5 of issue 14: a body the server answered without reading is never parsed as a request
 * (request smuggling behind a proxy); the answer says "Connection: close" and the connection ends.
 */
class EarlyAnswerTest {
    @TempDir
    Path dir;

    private static java.util.List<String> kinds(TestServer server) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT kind FROM ping ORDER BY n").mapTo(String.class).list());
    }

    private static String smuggled(String uuid) {
        return "GET /ping/" + uuid + "/fail HTTP/1.1\r\nHost: x\r\n\r\n";
    }

    @Test
    void bodyTailAfter413IsNotARequest() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"job\"}").get("uuid").asText();
            String tail = smuggled(uuid);
            int length = 2 * 1024 * 1024;
            c.send("POST /api/v3/checks/ HTTP/1.1\r\nHost: x\r\nX-Api-Key: " + project.apiKey()
                + "\r\nContent-Length: " + length + "\r\n\r\n");
            // Answered from the head alone (the declared length is over the limit), before any body.
            String response = c.response();
            assertThat(response).startsWith("HTTP/1.1 413 ").containsIgnoringCase("connection: close");
            try {
                c.send("x".repeat(length - tail.length()) + tail);
            } catch (java.io.IOException closedMeanwhile) {
                // the server may close after its bounded drain, before all of the body is written
            }
            assertThat(c.closedWithin(5000)).isTrue();
            assertThat(pings(server)).isZero();
        }
    }

    @Test
    void unreadBodyOfA404IsNotARequest() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            String tail = smuggled(uuid);
            c.send("POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: " + tail.length() + "\r\n\r\n" + tail);
            assertThat(c.response()).startsWith("HTTP/1.1 404").containsIgnoringCase("connection: close");
            assertThat(c.closedWithin(5000)).isTrue();
            assertThat(kinds(server)).isEmpty();
        }
    }

    @Test
    void chunkedBodyLeftUnreadIsNotARequestEither() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            String tail = smuggled(uuid);
            c.send("POST /nowhere HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(tail.length()) + "\r\n" + tail + "\r\n0\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 404").containsIgnoringCase("connection: close");
            assertThat(c.closedWithin(5000)).isTrue();
            assertThat(kinds(server)).isEmpty();
        }
    }

    @Test
    void anUnreadBodyIsSkippedOnlyUpToABound() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            int length = 8 * 1024 * 1024;
            c.send("POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: " + length + "\r\n\r\n");
            byte[] block = new byte[64 * 1024];
            try {
                for (int sent = 0; sent < length; sent += block.length) {
                    c.send(block);
                }
            } catch (java.io.IOException e) {
                // the server stopped reading and closed: what this test wants
            }
            assertThat(c.response()).startsWith("HTTP/1.1 404");
            assertThat(c.closedWithin(5000)).isTrue();
        }
    }

    @Test
    void expectContinueAnsweredEarlyClosesWithoutWaitingForTheBody() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            c.send("POST /nowhere HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5000000\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 404");
            assertThat(c.closedWithin(3000)).isTrue();
        }
    }
}
