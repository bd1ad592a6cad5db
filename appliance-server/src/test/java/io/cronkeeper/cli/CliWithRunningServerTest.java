package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.config.SettingsLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI writes to the data dir of a running server, and the server sees the result at once. */
class CliWithRunningServerTest {
    @TempDir
    Path tmp;

    @Test
    void projectCreatedByCliIsUsableOnRunningServerImmediately() {
        Path data = tmp.resolve("data");
        try (TestServer server = TestServer.start(data)) {
            StringWriter out = new StringWriter();
            CommandLine cli = CronkeeperCommand.commandLine(new SettingsLoader(new HashMap<>(), tmp.resolve("none.yaml")));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(new StringWriter(), true));
            int code = cli.execute("project", "create", "--name", "Live", "--data-dir", data.toString());
            assertThat(code).isZero();
            JsonNode p = TestServer.json(out.toString());

            var list = server.get("/api/v3/checks/", p.get("api_key").asText());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).isEqualTo("{\"checks\":[]}");
            assertThat(server.get("/api/v3/checks/", p.get("api_key_readonly").asText()).statusCode()).isEqualTo(200);
            String uuid = server.createCheck(p.get("api_key").asText(), "{\"slug\":\"job\"}").get("uuid").asText();
            assertThat(server.get("/ping/" + p.get("ping_key").asText() + "/job").statusCode()).isEqualTo(200);
            assertThat(TestServer.json(server.get("/api/v3/checks/" + uuid, p.get("api_key").asText()).body())
                .get("status").asText()).isEqualTo("up");
        }
    }
}
