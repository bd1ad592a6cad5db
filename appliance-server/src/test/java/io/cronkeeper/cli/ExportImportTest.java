package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import}: the same checks answer the same ping URLs elsewhere. */
class ExportImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Cli cli;
    Path source;
    Path export;
    ProjectService.CreatedProject project;
    String nightly;
    String weekly;

    @BeforeEach
    void sourceWithChecksChannelsAndPings() {
        cli = new Cli(tmp);
        source = tmp.resolve("source");
        export = tmp.resolve("export.json");
        try (TestServer server = TestServer.start(source)) {
            project = server.createProject("Home lab");
            nightly = server.createCheck(project.apiKey(), "{\"name\":\"Nightly\",\"slug\":\"nightly\",\"tags\":\"db\"}").get("uuid").asText();
            weekly = server.createCheck(project.apiKey(), "{\"name\":\"Weekly\",\"slug\":\"weekly\",\"timeout\":604800}").get("uuid").asText();
            server.jdbi().useHandle(h -> {
                h.execute("INSERT INTO channel (uuid, project_id, name, kind, config, created) SELECT "
                    + "'6e0f5b8a-1111-4c1e-9a2b-000000000001', id, 'hook', 'webhook', '{\"url\":\"https://example.org\"}', 1 "
                    + "FROM project WHERE uuid = ?", project.uuid());
                h.execute("INSERT INTO check_channel SELECT c.id, ch.id FROM check_ c, channel ch WHERE c.uuid = ?", nightly);
            });
            assertThat(server.post("/ping/" + nightly, "all good").statusCode()).isEqualTo(200);
            assertThat(server.post("/ping/" + weekly + "/fail", "disk full").statusCode()).isEqualTo(200);
        }
    }

    private Cli.Run exportSource(String... extra) {
        List<String> args = new ArrayList<>(List.of("export", "--to", export.toString(), "--data-dir", source.toString()));
        args.addAll(List.of(extra));
        return cli.ok(args.toArray(String[]::new));
    }

    @Test
    void importedIntoAnEmptyDataDirTheSamePingUrlsAnswer() throws IOException {
        exportSource("--pings");
        assertThat(Files.getPosixFilePermissions(export)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Path target = tmp.resolve("target");
        Cli.Run r = cli.ok("import", "--from", export.toString(), "--data-dir", target.toString());
        assertThat(r.out()).contains("check_: 2 added, 0 already present", "adopted the export's install secret");

        try (TestServer server = TestServer.start(target)) {
            assertThat(server.get("/ping/" + nightly).statusCode()).isEqualTo(200);
            assertThat(server.get("/ping/" + project.pingKey() + "/nightly").statusCode()).isEqualTo(200);
            assertThat(server.get("/ping/" + project.pingKey() + "/weekly/start").statusCode()).isEqualTo(200);
            JsonNode check = TestServer.json(server.get("/api/v3/checks/" + nightly, project.apiKey()).body());
            assertThat(check.get("name").asText()).isEqualTo("Nightly");
            assertThat(check.get("tags").asText()).isEqualTo("db");
            assertThat(check.get("channels").asText()).isEqualTo("6e0f5b8a-1111-4c1e-9a2b-000000000001");
            assertThat(check.get("n_pings").asInt()).isEqualTo(3);
            JsonNode pings = TestServer.json(server.get("/api/v3/checks/" + weekly + "/pings/", project.apiKey()).body());
            assertThat(pings.get("pings")).extracting(p -> p.get("type").asText()).containsExactly("start", "fail");
            JsonNode weeklyCheck = TestServer.json(server.get("/api/v3/checks/" + weekly, project.apiKey()).body());
            assertThat(weeklyCheck.get("timeout").asInt()).isEqualTo(604800);
        }
    }

    @Test
    void importingTwiceChangesNothing() throws IOException {
        exportSource("--pings");
        Path target = tmp.resolve("target");
        cli.ok("import", "--from", export.toString(), "--data-dir", target.toString());
        JsonNode once = tables(target);
        Cli.Run again = cli.ok("import", "--from", export.toString(), "--data-dir", target.toString());
        assertThat(again.out()).contains("project: 0 added, 2 already present", "check_: 0 added, 2 already present",
            "ping: 0 added, 2 already present", "check_channel: 0 added, 1 already present");
        assertThat(tables(target)).isEqualTo(once);
        assertThat(once).isEqualTo(tables(source));
    }

    @Test
    void aFreshInstallsEmptyDefaultProjectIsReplaced() throws IOException {
        Path target = tmp.resolve("target");
        try (TestServer ignored = TestServer.start(target)) {
            // First start: the empty Default project.
        }
        exportSource();
        Cli.Run r = cli.ok("import", "--from", export.toString(), "--data-dir", target.toString());
        assertThat(r.err()).contains("was replaced by the imported ones");
        JsonNode projects = JSON.readTree(cli.ok("project", "list", "--data-dir", target.toString()).out());
        JsonNode sourceProjects = JSON.readTree(cli.ok("project", "list", "--data-dir", source.toString()).out());
        assertThat(projects).isEqualTo(sourceProjects);
    }

    @Test
    void importIntoARunningServerServesTheChecksAtOnceButLeavesApiKeysOut() {
        exportSource();
        Path target = tmp.resolve("target");
        try (TestServer server = TestServer.start(target)) {
            Cli.Run r = cli.ok("import", "--from", export.toString(), "--data-dir", target.toString());
            assertThat(r.err()).contains("API keys were not imported")
                .containsAnyOf("has a running server", "has Cronkeeper nodes connected");
            assertThat(r.out()).doesNotContain("api_key:");
            assertThat(server.get("/ping/" + nightly).statusCode()).isEqualTo(200);
            assertThat(server.get("/ping/" + project.pingKey() + "/weekly").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/v3/checks/", project.apiKey()).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void exportWithoutPingsLeavesHistoryOut() throws IOException {
        Cli.Run r = exportSource();
        assertThat(r.err()).contains("check_=2");
        JsonNode root = JSON.readTree(export.toFile());
        assertThat(root.get("cronkeeper_export").asInt()).isEqualTo(1);
        assertThat(root.get("schema_version").asInt()).isPositive();
        assertThat(iterable(root.get("tables").fieldNames())).containsExactly("project", "api_key", "check_", "channel", "check_channel");
        JsonNode check = root.get("tables").get("check_").get(0);
        assertThat(check.has("id")).isFalse();
        assertThat(check.has("project_id")).isFalse();
        assertThat(check.get("project_uuid").asText()).isEqualTo(project.uuid());
        assertThat(root.toString()).doesNotContain(project.apiKey());
    }

    @Test
    void checksFromAnExportWithoutSweepAtKeepTheirDeadlineForTheMonitor() throws IOException {
        exportSource();
        // As written before migration V4, which added the monitor's sweep_at.
        JsonNode root = JSON.readTree(export.toFile());
        root.get("tables").get("check_").forEach(c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c).remove("sweep_at"));
        JSON.writeValue(export.toFile(), root);
        Path target = tmp.resolve("target");
        cli.ok("import", "--from", export.toString(), "--data-dir", target.toString());

        try (TestServer server = TestServer.start(target)) {
            var row = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT alert_after, sweep_at FROM check_ WHERE uuid = ?").bind(0, nightly).mapToMap().one());
            assertThat(row.get("alert_after")).isNotNull();
            assertThat(row.get("sweep_at")).isEqualTo(row.get("alert_after"));
        }
    }

    @Test
    void receivedBodySizesTravelAndOlderExportsImportAsWholeBodies() throws IOException {
        exportSource("--pings");
        JsonNode root = JSON.readTree(export.toFile());
        assertThat(root.get("tables").get("ping")).extracting(p -> p.get("body_received").asLong()).contains(8L, 9L);
        Path target = tmp.resolve("target");
        cli.ok("import", "--from", export.toString(), "--data-dir", target.toString());
        assertThat(tables(target).get("ping")).isEqualTo(root.get("tables").get("ping"));

        // As written before migration V5, which added body_received: NULL, "stored whole".
        root.get("tables").get("ping").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("body_received"));
        JSON.writeValue(export.toFile(), root);
        Path older = tmp.resolve("older");
        Cli.Run r = cli.ok("import", "--from", export.toString(), "--data-dir", older.toString());
        assertThat(r.out()).contains("ping: 2 added");
        assertThat(tables(older).get("ping")).allSatisfy(p -> assertThat(p.get("body_received").isNull()).isTrue());
    }

    JsonNode tables(Path dataDir) throws IOException {
        Path file = tmp.resolve("state-" + System.nanoTime() + ".json");
        cli.ok("export", "--pings", "--to", file.toString(), "--data-dir", dataDir.toString());
        return JSON.readTree(file.toFile()).get("tables");
    }

    static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
