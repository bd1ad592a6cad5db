package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cronkeeper.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports from other releases: columns and tables are matched by name, so an export from a
 * newer schema (extra columns, extra tables) or an older one (missing columns) still imports.
 */
class ImportCompatibilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Cli cli;
    ObjectNode export;
    String check;
    String apiKey;

    @BeforeEach
    void export() throws IOException {
        cli = new Cli(tmp);
        Path source = tmp.resolve("source");
        try (TestServer server = TestServer.start(source)) {
            var project = server.createProject("P");
            apiKey = project.apiKey();
            check = server.createCheck(apiKey, "{\"name\":\"c\",\"desc\":\"from the source\",\"grace\":120}").get("uuid").asText();
        }
        Path file = tmp.resolve("export.json");
        cli.ok("export", "--to", file.toString(), "--data-dir", source.toString());
        export = (ObjectNode) JSON.readTree(file.toFile());
    }

    private Cli.Run importEdited() throws IOException {
        Path file = tmp.resolve("edited.json");
        JSON.writeValue(file.toFile(), export);
        return cli.run("import", "--from", file.toString(), "--data-dir", tmp.resolve("target").toString());
    }

    private ObjectNode checkRow() {
        return (ObjectNode) export.get("tables").get("check_").get(0);
    }

    @Test
    void columnsAndTablesFromANewerSchemaAreSkippedWithANote() throws IOException {
        checkRow().put("alert_on_weekends", 1);
        ArrayNode future = ((ObjectNode) export.get("tables")).putArray("notification");
        future.addObject().put("uuid", "x");
        Cli.Run r = importEdited();
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("column check_.alert_on_weekends is not in this database's schema and was skipped",
            "table notification is not in this database's schema and was skipped");
        JsonNode c = checkViaApi();
        assertThat(c.get("desc").asText()).isEqualTo("from the source");
        assertThat(c.get("grace").asInt()).isEqualTo(120);
    }

    @Test
    void columnsAnOlderSchemaLackedGetTheirDefaults() throws IOException {
        checkRow().remove("description");
        checkRow().remove("grace");
        Cli.Run r = importEdited();
        assertThat(r.exitCode()).isZero();
        JsonNode c = checkViaApi();
        assertThat(c.get("desc").asText()).isEmpty();
        assertThat(c.get("grace").asInt()).isEqualTo(3600);
    }

    @Test
    void aMissingColumnWithoutDefaultIsAnError() throws IOException {
        checkRow().remove("created");
        Cli.Run r = importEdited();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("rows of check_ lack column created, which has no default");
        // One transaction: nothing of the failed import stays.
        assertThat(JSON.readTree(cli.ok("project", "list", "--data-dir", tmp.resolve("target").toString()).out()))
            .extracting(p -> p.get("name").asText()).containsExactly("Default");
    }

    @Test
    void aFileThatIsNotAnExportIsRefused() throws IOException {
        Path file = tmp.resolve("other.json");
        Files.writeString(file, "{\"tables\":{\"project\":[]}}");
        Cli.Run r = cli.run("import", "--from", file.toString(), "--data-dir", tmp.resolve("target").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("not a Cronkeeper export");
    }

    private JsonNode checkViaApi() {
        try (TestServer server = TestServer.start(tmp.resolve("target"))) {
            var res = server.get("/api/v3/checks/" + check, apiKey);
            assertThat(res.statusCode()).isEqualTo(200);
            return TestServer.json(res.body());
        }
    }
}
