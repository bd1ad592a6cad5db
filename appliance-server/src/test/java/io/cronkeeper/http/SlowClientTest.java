package io.cronkeeper.http;

import static io.cronkeeper.http.ConnectionCloseTest.newCheck;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 4 of issue 14: slow heads get 408, stalled bodies and idle connections are closed, and
 * connections beyond the cap are refused with a 503 without harming established ones. The timeouts are set to
 * 1-2 s here; each test waits up to 15 s for them, so a loaded machine does not break it.
 */
class SlowClientTest {
    private static final Map<Setting, String> FAST = Map.of(Setting.HTTP_HEAD_TIMEOUT, "1",
        Setting.HTTP_BODY_TIMEOUT, "1", Setting.HTTP_IDLE_TIMEOUT, "2s");

    @TempDir
    Path dir;

    @Test
    void halfSentHeadGets408ThenClose() throws Exception {
        try (TestServer server = TestServer.start(dir, FAST); RawConnection c = new RawConnection(server.port())) {
            c.send("GET /ping/abc HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            assertThat(c.response()).startsWith("HTTP/1.1 408 ").containsIgnoringCase("connection: close");
            assertThat(c.closedWithin(5000)).isTrue();
        }
    }

    @Test
    void silentConnectionGets408ThenClose() throws Exception {
        try (TestServer server = TestServer.start(dir, FAST); RawConnection c = new RawConnection(server.port())) {
            assertThat(c.response()).startsWith("HTTP/1.1 408 ");
            assertThat(c.closedWithin(5000)).isTrue();
        }
    }

    @Test
    void stalledBodyGets408ThenCloseAndStoresNothing() throws Exception {
        try (TestServer server = TestServer.start(dir, FAST); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send("POST /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly a little");
            assertThat(c.response()).startsWith("HTTP/1.1 408 ");
            assertThat(c.closedWithin(5000)).isTrue();
            assertThat(ConnectionCloseTest.pings(server)).isZero();
        }
    }

    @Test
    void idleKeptAliveConnectionIsClosedQuietly() throws Exception {
        try (TestServer server = TestServer.start(dir, FAST); RawConnection c = new RawConnection(server.port())) {
            String uuid = newCheck(server);
            c.send("GET /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 ");
            // the idle timeout (2 s) is longer than the head timeout (1 s): not a 408, just an end
            assertThat(c.rest()).isEmpty();
        }
    }

    @Test
    void connectionsBeyondTheCapAreRefusedAndEstablishedOnesKeepWorking() throws Exception {
        try (TestServer server = TestServer.start(dir, Map.of(Setting.HTTP_MAX_CONNECTIONS, "2"))) {
            // no HttpClient here: its pooled connection would take a slot
            String ping = "GET /ping/" + server.createProject("P").pingKey() + "/job?create=1 HTTP/1.1\r\nHost: x\r\n\r\n";
            try (RawConnection first = new RawConnection(server.port());
                 RawConnection second = new RawConnection(server.port())) {
                first.send(ping);
                assertThat(first.response()).startsWith("HTTP/1.1 20");
                second.send(ping);
                assertThat(second.response()).startsWith("HTTP/1.1 200 ");
                try (RawConnection third = new RawConnection(server.port())) {
                    assertThat(third.response()).startsWith("HTTP/1.1 503 ").contains("Retry-After: 10")
                        .endsWith("too many connections; try again later\n");
                    assertThat(third.closedWithin(5000)).isTrue();
                }
                first.send(ping);
                assertThat(first.response()).startsWith("HTTP/1.1 200 ");
                first.close();
                // a freed slot serves the next connection (the server notices the close soon, not at once)
                String answer = "";
                for (int attempt = 0; attempt < 50 && !answer.startsWith("HTTP/1.1 200 "); attempt++) {
                    try (RawConnection fourth = new RawConnection(server.port())) {
                        fourth.send(ping);
                        answer = fourth.response();
                    } catch (java.io.IOException e) {
                        answer = "";
                    }
                    if (!answer.startsWith("HTTP/1.1 200 ")) {
                        Thread.sleep(100);
                    }
                }
                assertThat(answer).startsWith("HTTP/1.1 200 ");
            }
        }
    }
}
