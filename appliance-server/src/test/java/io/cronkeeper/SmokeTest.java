package io.cronkeeper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void pingOfNewCheckAnswersOk() {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"a\"}").get("uuid").asText();
            var res = server.get("/ping/" + uuid);
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.body()).isEqualTo("OK");
        }
    }
}
