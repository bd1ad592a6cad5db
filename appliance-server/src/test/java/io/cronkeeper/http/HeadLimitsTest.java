package io.cronkeeper.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 3 of issue 14: limits are answered with their status, never a silent close. */
class HeadLimitsTest {
    @TempDir
    Path dir;

    private static String answer(TestServer server, String request) throws Exception {
        try (RawConnection c = new RawConnection(server.port())) {
            c.send(request);
            String response = c.response();
            assertThat(response).containsIgnoringCase("connection: close");
            assertThat(c.closedWithin(2000)).isTrue();
            return response;
        }
    }

    @Test
    void longRequestLinesAre414WhateverTheirLength() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            for (int kib : new int[] {5, 8, 9, 64}) {
                String path = "/ping/" + "a".repeat(kib * 1024);
                assertThat(answer(server, "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n"))
                    .startsWith("HTTP/1.1 414 ").contains("request line longer than 4096 bytes");
            }
            // an HTTP/1.0 client is told too
            assertThat(answer(server, "GET /" + "b".repeat(9000) + " HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 414 ");
        }
    }

    @Test
    void hugeHeadersAre431() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            assertThat(answer(server, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "v".repeat(20_000) + "\r\n\r\n"))
                .startsWith("HTTP/1.1 431 ");
            StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
            for (int i = 0; i < 150; i++) {
                many.append("X-H").append(i).append(": v\r\n");
            }
            assertThat(answer(server, many.append("\r\n").toString())).startsWith("HTTP/1.1 431 ")
                .contains("more than 100 header lines");
        }
    }

    @Test
    void badH2cSettingsAre400() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            assertThat(answer(server, "GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                + "Upgrade: h2c\r\nHTTP2-Settings: !!!not base64!!!\r\n\r\n"))
                .startsWith("HTTP/1.1 400 ").contains("HTTP2-Settings");
            assertThat(answer(server, "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQ\r\n\r\n"))
                .startsWith("HTTP/1.1 400 ");
        }
    }

    @Test
    void bareLineFeedsAndConflictingFramingAre400() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            assertThat(answer(server, "GET / HTTP/1.1\nHost: x\n\n")).startsWith("HTTP/1.1 400 ");
            assertThat(answer(server, "POST /ping/x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")).startsWith("HTTP/1.1 400 ");
            assertThat(answer(server, "POST /ping/x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"))
                .startsWith("HTTP/1.1 400 ");
            assertThat(answer(server, "POST /ping/x HTTP/1.1\r\nHost: x\r\nContent-Length: -3\r\n\r\nabc"))
                .startsWith("HTTP/1.1 400 ");
        }
    }
}
