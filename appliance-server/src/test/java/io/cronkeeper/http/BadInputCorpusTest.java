package io.cronkeeper.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Item 9 of issue 14: bad input of every kind gets exactly one answer that is not a 5xx, and the
 * server keeps serving. {@code {uuid}} and {@code {key}} stand for a real check and its API key.
 */
class BadInputCorpusTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static String uuid;
    static String apiKey;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        var project = server.createProject("P");
        apiKey = project.apiKey();
        uuid = server.createCheck(apiKey, "{\"name\":\"job\"}").get("uuid").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String get(String target, String... headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: x\r\n" + String.join("", headers) + "\r\n";
    }

    private static String post(String target, String body, String... headers) {
        return "POST " + target + " HTTP/1.1\r\nHost: x\r\nX-Api-Key: {key}\r\nContent-Length: " + body.length() + "\r\n"
            + String.join("", headers) + "\r\n" + body;
    }

    private static String chunked(String target, String chunks) {
        return "POST " + target + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks;
    }

    static Stream<Arguments> corpus() {
        List<Arguments> c = new ArrayList<>();
        c.add(Arguments.of("bad percent-encoding in path", get("/ping/%zz")));
        c.add(Arguments.of("truncated percent-encoding in path", get("/ping/{uuid}%2")));
        c.add(Arguments.of("bad percent-encoding in query", get("/ping/{uuid}?rid=%zz")));
        c.add(Arguments.of("bad percent-encoding in API query", get("/api/v3/checks/?tag=%g1", "X-Api-Key: {key}\r\n")));
        c.add(Arguments.of("invalid UTF-8 in path", get("/ping/%ff%fe")));
        c.add(Arguments.of("raw byte 0xff in path", get("/ping/\u00ff")));
        c.add(Arguments.of("NUL in path", get("/ping/a\u0000b")));
        c.add(Arguments.of("encoded NUL in path", get("/ping/{uuid}%00")));
        c.add(Arguments.of("NUL in query", get("/ping/{uuid}?rid=a\u0000b")));
        c.add(Arguments.of("NUL in header value", get("/ping/{uuid}", "X-A: a\u0000b\r\n")));
        c.add(Arguments.of("CR in path", get("/ping/a\rb")));
        c.add(Arguments.of("bare LF ending a header", get("/ping/{uuid}", "X-A: b\n")));
        c.add(Arguments.of("CR inside a header value", get("/ping/{uuid}", "X-A: a\rb\r\n")));
        c.add(Arguments.of("space in path", get("/ping/a b")));
        c.add(Arguments.of("header without colon", get("/ping/{uuid}", "NoColon\r\n")));
        c.add(Arguments.of("space in header name", get("/ping/{uuid}", "Bad Header: x\r\n")));
        c.add(Arguments.of("folded header", get("/ping/{uuid}", "X-A: a\r\n  folded\r\n")));
        c.add(Arguments.of("huge header", get("/ping/{uuid}", "X-Big: " + "v".repeat(40_000) + "\r\n")));
        c.add(Arguments.of("many headers", get("/ping/{uuid}", "X-H: v\r\n".repeat(500))));
        c.add(Arguments.of("huge request line", get("/ping/" + "a".repeat(20_000))));
        c.add(Arguments.of("long valid query", get("/ping/{uuid}?rid=" + "a".repeat(3000))));
        c.add(Arguments.of("unknown method", "FOO /ping/{uuid} HTTP/1.1\r\nHost: x\r\n\r\n"));
        c.add(Arguments.of("HTTP/2.0 in a request line", "GET / HTTP/2.0\r\nHost: x\r\n\r\n"));
        c.add(Arguments.of("unknown version", "GET / HTTP/9.9\r\nHost: x\r\n\r\n"));
        c.add(Arguments.of("not HTTP", "GET / XYZ\r\nHost: x\r\n\r\n"));
        c.add(Arguments.of("no version", "GET /\r\n\r\n"));
        c.add(Arguments.of("garbage", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n"));
        c.add(Arguments.of("absolute-form target", get("http://x/ping/{uuid}")));
        c.add(Arguments.of("asterisk target", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n"));
        c.add(Arguments.of("path traversal", get("/ping/../../../etc/passwd")));
        c.add(Arguments.of("encoded traversal", get("/ping/%2e%2e/%2e%2e/etc/passwd")));
        c.add(Arguments.of("no Host", "GET /ping/{uuid} HTTP/1.1\r\n\r\n"));
        c.add(Arguments.of("two Hosts", get("/ping/{uuid}", "Host: y\r\n")));
        c.add(Arguments.of("bad Host", "GET /ping/{uuid} HTTP/1.1\r\nHost: a b/c\r\n\r\n"));
        c.add(Arguments.of("Content-Length not a number", "POST /ping/{uuid} HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n"));
        c.add(Arguments.of("Content-Length huge", "POST /ping/{uuid} HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n"));
        c.add(Arguments.of("two Content-Lengths", "POST /ping/{uuid} HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"));
        c.add(Arguments.of("Content-Length and chunked", "POST /ping/{uuid} HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
        c.add(Arguments.of("unknown transfer coding", "POST /ping/{uuid} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n"));
        c.add(Arguments.of("gzip then chunked", "POST /ping/{uuid} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n"));
        c.add(Arguments.of("chunk size zz", chunked("/ping/{uuid}", "zz\r\nabc\r\n0\r\n\r\n")));
        c.add(Arguments.of("chunk size -5", chunked("/ping/{uuid}", "-5\r\nabc\r\n0\r\n\r\n")));
        c.add(Arguments.of("chunk size too big", chunked("/ping/{uuid}", "f".repeat(20) + "\r\nabc\r\n0\r\n\r\n")));
        c.add(Arguments.of("chunk extension", chunked("/ping/{uuid}", "3;a=b\r\nabc\r\n0\r\n\r\n")));
        c.add(Arguments.of("chunk without CRLF after data", chunked("/ping/{uuid}", "3\r\nabcdef0\r\n\r\n")));
        c.add(Arguments.of("chunked API body with extension", chunked("/api/v3/checks/", "2;x\r\n{}\r\n0\r\n\r\n")));
        c.add(Arguments.of("Expect 100-continue", "POST /ping/{uuid} HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
            + "Content-Length: 4\r\n\r\nbody"));
        c.add(Arguments.of("Expect something else", "POST /ping/{uuid} HTTP/1.1\r\nHost: x\r\nExpect: tea\r\nContent-Length: 0\r\n\r\n"));
        c.add(Arguments.of("HTTP/1.0 GET", "GET /ping/{uuid} HTTP/1.0\r\n\r\n"));
        c.add(Arguments.of("HTTP/1.0 POST", "POST /ping/{uuid} HTTP/1.0\r\nContent-Length: 2\r\n\r\nhi"));
        c.add(Arguments.of("HTTP/1.0 bad Content-Length", "POST /ping/{uuid} HTTP/1.0\r\nContent-Length: x\r\n\r\n"));
        c.add(Arguments.of("h2c with bad settings", get("/", "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n",
            "HTTP2-Settings: %%%\r\n")));
        c.add(Arguments.of("h2c without settings", get("/", "Upgrade: h2c\r\n")));
        c.add(Arguments.of("unknown upgrade", get("/", "Upgrade: websocket\r\nConnection: Upgrade\r\n")));
        c.add(Arguments.of("deep JSON arrays", post("/api/v3/checks/", "[".repeat(100_000))));
        c.add(Arguments.of("deep JSON objects", post("/api/v3/checks/", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000))));
        c.add(Arguments.of("huge number", post("/api/v3/checks/", "{\"name\":\"n\",\"timeout\":1e999999}")));
        c.add(Arguments.of("huge integer", post("/api/v3/checks/", "{\"name\":\"n\",\"grace\":" + "9".repeat(5000) + "}")));
        c.add(Arguments.of("long number text", post("/api/v3/checks/", "{\"timeout\":" + "1".repeat(2_000_000) + "}")));
        c.add(Arguments.of("wrong types", post("/api/v3/checks/", "{\"name\":123,\"timeout\":\"abc\",\"tags\":[1],\"channels\":{}}")));
        c.add(Arguments.of("schedule a number", post("/api/v3/checks/", "{\"schedule\":5,\"tz\":[]}")));
        c.add(Arguments.of("null everywhere", post("/api/v3/checks/", "{\"name\":null,\"timeout\":null,\"unique\":null}")));
        c.add(Arguments.of("JSON with BOM", post("/api/v3/checks/", "\ufeff{}")));
        c.add(Arguments.of("not JSON", post("/api/v3/checks/", "name=job")));
        c.add(Arguments.of("JSON array", post("/api/v3/checks/", "[]")));
        c.add(Arguments.of("binary ping body", post("/ping/{uuid}", "\u0000\u00ff\u0001\r\n\u0000")));
        c.add(Arguments.of("update unknown check", post("/api/v3/checks/00000000-0000-0000-0000-000000000000", "{}")));
        c.add(Arguments.of("bad uuid in API path", post("/api/v3/checks/not-a-uuid%zz/pause", "")));
        c.add(Arguments.of("admin API without token", post("/api/admin/v1/projects", "{\"name\":\"x\"}")));
        c.add(Arguments.of("badge with junk", get("/badge/%zz/..%2f/x.svg")));
        c.add(Arguments.of("leading empty lines", "\r\n\r\n" + get("/ping/{uuid}")));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answeredOnceWithoutServerError(String name, String request) throws Exception {
        String bytes = request.replace("{uuid}", uuid).replace("{key}", apiKey);
        try (RawConnection c = new RawConnection(server.port())) {
            c.send(bytes);
            String response = c.response();
            if (response.startsWith("HTTP/1.1 100 ")) {
                response = c.response();
            }
            assertThat(response).as(name).matches("(?s)HTTP/1\\.1 [1-4]\\d\\d .*");
            // exactly one answer: then silence (kept alive) or the end of the connection
            c.closedWithin(200);
        }
        assertThat(server.get("/ping/" + uuid).statusCode()).as("server alive after " + name).isEqualTo(200);
    }
}
