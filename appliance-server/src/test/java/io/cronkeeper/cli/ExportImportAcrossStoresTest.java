package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import io.cronkeeper.project.ProjectService;
import io.cronkeeper.store.PostgresCluster;
import io.cronkeeper.store.PostgresDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving an install between the stores (issue 17): {@code export --pings} from one, {@code import}
 * into the other, and a server there serves the same projects, API keys, checks, pings and
 * channels. The API keys keep working because the export carries the install secret, which a
 * data dir keeps in a file and PostgreSQL in {@code appliance_secret}.
 */
class ExportImportAcrossStoresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An empty URL: the embedded SQLite store, whichever store the test run gives servers by default. */
    private static final Map<Setting, String> SQLITE = Map.of(Setting.DATABASE_URL, "");
    private static final String CHANNEL = "6e0f5b8a-1111-4c1e-9a2b-000000000001";

    @TempDir
    Path tmp;
    /** With the database's password in its environment, as a node's command has it. */
    Cli cli;
    /** Without: a password set while database-url is not is refused. */
    Cli sqliteCli;
    PostgresCluster cluster;
    PostgresDatabase pg;
    Path export;
    ProjectService.CreatedProject project;
    String nightly;
    String weekly;

    @BeforeEach
    void setUp() {
        cluster = PostgresCluster.shared();
        pg = cluster.createDatabase();
        cli = new Cli(tmp).env("CRONKEEPER_DATABASE_PASSWORD", pg.password());
        sqliteCli = new Cli(tmp);
        export = tmp.resolve("export.json");
    }

    @AfterEach
    void dropDatabase() {
        cluster.dropDatabase(pg.name());
    }

    /** As the README's "Scaling out" says: the same machine, the same data dir, now on PostgreSQL. */
    @Test
    void aSqliteInstallMovesToPostgres() throws IOException {
        Path dataDir = tmp.resolve("data");
        fill(TestServer.start(dataDir, SQLITE));
        String adminToken = Files.readString(dataDir.resolve("admin-token")).strip();
        sqliteCli.ok("export", "--pings", "--to", export.toString(), "--data-dir", dataDir.toString(), "--database-url", "");

        Cli.Run r = cli.ok("import", "--from", export.toString(), "--data-dir", dataDir.toString(), "--database-url", pg.url());
        assertThat(r.out()).contains("check_: 2 added, 0 already present", "ping: 3 added", "adopted the export's install secret");
        assertThat(tables(dataDir, pg.url())).isEqualTo(tables(dataDir, ""));

        try (TestServer server = TestServer.start(dataDir, postgres())) {
            servesTheSameInstall(server);
            // The desktop app's saved token goes on working: the first node offered it to the database.
            assertThat(server.send(server.request("/api/admin/v1/projects").header("Authorization", "Bearer " + adminToken)
                .build()).statusCode()).isEqualTo(200);
        }
        Path secondNode = tmp.resolve("second-node");
        try (TestServer server = TestServer.start(secondNode, postgres())) {
            servesTheSameInstall(server);
            assertThat(Files.readString(secondNode.resolve("admin-token")).strip()).isEqualTo(adminToken);
            assertThat(secondNode.resolve("secret-key")).as("the secret lives in the database").doesNotExist();
        }
        Cli.Run again = cli.ok("import", "--from", export.toString(), "--data-dir", dataDir.toString(), "--database-url", pg.url());
        assertThat(again.out()).contains("check_: 0 added, 2 already present", "ping: 0 added, 3 already present");
    }

    @Test
    void aPostgresInstallMovesToSqlite() throws IOException {
        Path node = tmp.resolve("node");
        fill(TestServer.start(node, postgres()));
        // The password from a file this time, as the packaged service is told to keep it.
        Path passwordFile = tmp.resolve("db-password");
        Files.writeString(passwordFile, pg.password() + "\n");
        Cli fromFile = new Cli(tmp).env("CRONKEEPER_DATABASE_PASSWORD_FILE", passwordFile.toString());
        fromFile.ok("export", "--pings", "--to", export.toString(), "--data-dir", node.toString(), "--database-url", pg.url());
        JsonNode root = JSON.readTree(export.toFile());
        assertThat(root.get("tables").has("appliance_secret")).isFalse();
        try (TestServer server = TestServer.start(node, postgres())) {
            assertThat(root.get("secret_key").asText()).isEqualTo(server.jdbi().withHandle(h -> h.createQuery(
                "SELECT value FROM appliance_secret WHERE name = 'secret-key'").mapTo(String.class).one()));
            String adminToken = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT value FROM appliance_secret WHERE name = 'admin-token'").mapTo(String.class).one());
            assertThat(Files.readString(export)).doesNotContain(adminToken);
        }

        Path target = tmp.resolve("target");
        Cli.Run r = sqliteCli.ok("import", "--from", export.toString(), "--data-dir", target.toString(), "--database-url", "");
        assertThat(r.out()).contains("check_: 2 added", "adopted the export's install secret");
        assertThat(tables(target, "")).isEqualTo(tables(node, pg.url()));
        try (TestServer server = TestServer.start(target, SQLITE)) {
            servesTheSameInstall(server);
        }
    }

    @Test
    void importIntoAPostgresDatabaseWithANodeRunningLeavesApiKeysOut() throws IOException {
        Path source = tmp.resolve("source");
        fill(TestServer.start(source, SQLITE));
        sqliteCli.ok("export", "--to", export.toString(), "--data-dir", source.toString(), "--database-url", "");
        try (TestServer node = TestServer.start(tmp.resolve("node"), postgres())) {
            Cli.Run r = cli.ok("import", "--from", export.toString(), "--data-dir", tmp.resolve("other").toString(),
                "--database-url", pg.url());
            assertThat(r.err()).contains("API keys were not imported", "has Cronkeeper nodes connected");
            assertThat(node.get("/ping/" + nightly).statusCode()).isEqualTo(200);
            assertThat(node.get("/api/v3/checks/", project.apiKey()).statusCode()).isEqualTo(401);
        }
    }

    /** A project with two checks (one assigned to a webhook channel) and three pings, written through the server. */
    private void fill(TestServer server) {
        try (server) {
            project = server.createProject("Home lab");
            nightly = server.createCheck(project.apiKey(), "{\"name\":\"Nightly\",\"slug\":\"nightly\",\"tags\":\"db\"}").get("uuid").asText();
            weekly = server.createCheck(project.apiKey(), "{\"name\":\"Weekly\",\"slug\":\"weekly\",\"timeout\":604800}").get("uuid").asText();
            server.jdbi().useHandle(h -> {
                h.execute("INSERT INTO channel (uuid, project_id, name, kind, config, created) SELECT "
                    + "'" + CHANNEL + "', id, 'hook', 'webhook', '{\"url\":\"https://example.org\"}', 1 FROM project WHERE uuid = ?",
                    project.uuid());
                h.execute("INSERT INTO check_channel SELECT c.id, ch.id FROM check_ c, channel ch WHERE c.uuid = ?", nightly);
            });
            assertThat(server.post("/ping/" + nightly, "all good").statusCode()).isEqualTo(200);
            assertThat(server.post("/ping/" + weekly + "/start", "").statusCode()).isEqualTo(200);
            assertThat(server.post("/ping/" + weekly + "/fail", "disk full \u2603").statusCode()).isEqualTo(200);
        }
    }

    /** The checks, keys, channel and pings that {@link #fill} wrote; then pings the nightly check by its slug. */
    private void servesTheSameInstall(TestServer server) {
        JsonNode checks = TestServer.json(server.get("/api/v3/checks/", project.apiKey()).body());
        assertThat(checks.get("checks")).extracting(c -> c.get("name").asText()).containsExactlyInAnyOrder("Nightly", "Weekly");
        JsonNode check = TestServer.json(server.get("/api/v3/checks/" + nightly, project.apiKey()).body());
        assertThat(check.get("tags").asText()).isEqualTo("db");
        assertThat(check.get("channels").asText()).isEqualTo(CHANNEL);
        int before = check.get("n_pings").asInt();
        JsonNode pings = TestServer.json(server.get("/api/v3/checks/" + weekly + "/pings/", project.apiKey()).body());
        assertThat(pings.get("pings")).extracting(p -> p.get("type").asText()).containsExactly("fail", "start");
        String body = server.get("/api/v3/checks/" + weekly + "/pings/2/body", project.apiKey()).body();
        assertThat(body).isEqualTo("disk full \u2603");
        assertThat(server.get("/ping/" + project.pingKey() + "/nightly").statusCode()).isEqualTo(200);
        assertThat(TestServer.json(server.get("/api/v3/checks/" + nightly, project.apiKey()).body()).get("n_pings").asInt())
            .isEqualTo(before + 1);
        assertThat(server.post("/api/v3/checks/", "wrong-key", "{}").statusCode()).isEqualTo(401);
    }

    private Map<Setting, String> postgres() {
        return Map.of(Setting.DATABASE_URL, pg.url(), Setting.DATABASE_PASSWORD, pg.password());
    }

    private JsonNode tables(Path dataDir, String databaseUrl) throws IOException {
        Path file = tmp.resolve("state-" + System.nanoTime() + ".json");
        (databaseUrl.isEmpty() ? sqliteCli : cli).ok("export", "--pings", "--to", file.toString(), "--data-dir", dataDir.toString(), "--database-url", databaseUrl);
        return JSON.readTree(file.toFile()).get("tables");
    }
}
