package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Item 8 of issue 14: JSON text that is not Unicode is a 400 like other malformed JSON, never stored as "?". */
class JsonStrictnessTest {
    @TempDir
    Path dir;

    private static byte[] nameWith(byte[] middle) {
        var out = new ByteArrayOutputStream();
        out.writeBytes("{\"name\":\"a".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(middle);
        out.writeBytes("b\"}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static HttpResponse<String> create(TestServer server, String apiKey, byte[] body) {
        return server.send(server.request("/api/v3/checks/").header("X-Api-Key", apiKey)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static long checks(TestServer server) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM check_").mapTo(Long.class).one());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udfff", "\\ud800\\u0041", "\\udc00\\ud800"})
    void loneSurrogateEscapesAre400(String escape) {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            var res = create(server, project.apiKey(), nameWith(escape.getBytes(StandardCharsets.US_ASCII)));
            assertThat(res.statusCode()).isEqualTo(400);
            assertThat(res.body()).isEqualTo("{\"error\":\"could not parse request body\"}");
            assertThat(checks(server)).isZero();
        }
    }

    @ParameterizedTest
    // a stray continuation byte, 0xff, an overlong '/', an encoded surrogate, a cut-off 3-byte form
    @ValueSource(strings = {"80", "ff", "c0af", "eda080", "e282"})
    void invalidUtf8Is400(String hex) {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            var res = create(server, project.apiKey(), nameWith(HexFormat.of().parseHex(hex)));
            assertThat(res.statusCode()).isEqualTo(400);
            assertThat(res.body()).isEqualTo("{\"error\":\"could not parse request body\"}");
        }
    }

    /** PostgreSQL cannot store it in text; SQLite could, but both stores take the same requests. */
    @Test
    void nulCharactersAre400OnCreateAndUpdate() {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            var res = create(server, project.apiKey(), nameWith("\\u0000".getBytes(StandardCharsets.US_ASCII)));
            assertThat(res.statusCode()).isEqualTo(400);
            assertThat(res.body()).isEqualTo("{\"error\":\"could not parse request body\"}");
            assertThat(checks(server)).isZero();
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"job\"}").get("uuid").asText();
            var update = server.post("/api/v3/checks/" + uuid, project.apiKey(), "{\"tags\":\"prod\\u0000\"}");
            assertThat(update.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void surrogatePairsAndRawUtf8AreFine() {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            var escaped = create(server, project.apiKey(), nameWith("\\ud83d\\ude00".getBytes(StandardCharsets.US_ASCII)));
            assertThat(escaped.statusCode()).isEqualTo(201);
            assertThat(TestServer.json(escaped.body()).get("name").asText()).isEqualTo("a\uD83D\uDE00b");
            var raw = create(server, project.apiKey(), nameWith("é€😀".getBytes(StandardCharsets.UTF_8)));
            assertThat(raw.statusCode()).isEqualTo(201);
            assertThat(TestServer.json(raw.body()).get("name").asText()).isEqualTo("aé€😀b");
        }
    }

    @Test
    void adminApiIsJustAsStrict() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            String token = java.nio.file.Files.readString(server.dataDir.resolve("admin-token")).strip();
            var res = server.send(server.request("/api/admin/v1/projects/" + project.uuid() + "/checks")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(nameWith("\\ud800".getBytes(StandardCharsets.US_ASCII)))).build());
            assertThat(res.statusCode()).isEqualTo(400);
        }
    }
}
