package io.cronkeeper.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 1 of issue 14: "Connection: close" ends the connection once the response is out (helidon#12324). */
class ConnectionCloseTest {
    @TempDir
    Path dir;

    static String newCheck(TestServer server) {
        var project = server.createProject("P");
        return server.createCheck(project.apiKey(), "{\"name\":\"job\"}").get("uuid").asText();
    }

    static long pings(TestServer server) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM ping").mapTo(Long.class).one());
    }

    @Test
    void requestAskingCloseIsAnsweredThenClosed() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send("GET /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            String response = c.response();
            assertThat(response).startsWith("HTTP/1.1 200 OK").endsWith("\r\n\r\nOK");
            assertThat(response.toLowerCase()).contains("\r\nconnection: close\r\n");
            assertThat(c.closedWithin(1000)).isTrue();
            assertThat(pings(server)).isEqualTo(1);
        }
    }

    @Test
    void closeTokenAmongOthersAndPostBodiesCountToo() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send("POST /ping/" + uuid + "/fail HTTP/1.1\r\nHost: x\r\nConnection: TE, Close\r\nContent-Length: 4\r\n\r\noops");
            assertThat(c.response()).startsWith("HTTP/1.1 200 OK");
            assertThat(c.closedWithin(1000)).isTrue();
        }
    }

    @Test
    void errorAnswersCloseToo() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            c.send("GET /no/such/route HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 404");
            assertThat(c.closedWithin(1000)).isTrue();
        }
    }

    @Test
    void pipelinedRequestAfterCloseIsNotServed() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send("GET /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                + "GET /ping/" + uuid + "/fail HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 OK");
            assertThat(c.closedWithin(1000)).isTrue();
            assertThat(pings(server)).isEqualTo(1);
        }
    }

    @Test
    void withoutCloseTheConnectionStaysForTheNextRequest() throws Exception {
        try (TestServer server = TestServer.start(dir); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send("GET /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 OK").doesNotContainIgnoringCase("connection: close");
            assertThat(c.closedWithin(300)).isFalse();
            c.send("GET /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 OK");
        }
    }
}
