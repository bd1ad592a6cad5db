package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.config.SettingsLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cronkeeper project create|list}, run in-process with captured output. */
class ProjectCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    final Map<String, String> env = new HashMap<>();

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void createPrintsOneJsonObjectWithKeysInOrder() throws IOException {
        Run run = run("project", "create", "--name", "Backups", "--data-dir", dataDir().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).hasSize(1);
        JsonNode p = JSON.readTree(run.out());
        assertThat(p.isObject()).isTrue();
        assertThat(keys(p)).containsExactly("uuid", "name", "ping_key", "api_key", "api_key_readonly");
        assertThat(p.get("uuid").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(p.get("name").asText()).isEqualTo("Backups");
        assertThat(p.get("ping_key").asText()).matches("[a-z0-9]{22}");
        assertThat(p.get("api_key").asText()).hasSize(32).matches("hcw_[A-Za-z0-9_-]{28}");
        assertThat(p.get("api_key_readonly").asText()).hasSize(32).matches("hcr_[A-Za-z0-9_-]{28}");
    }

    @Test
    void createStoresNoPlaintextKey() throws IOException {
        Run run = run("project", "create", "--name", "Secrets", "--data-dir", dataDir().toString());
        JsonNode p = JSON.readTree(run.out());
        for (String name : new String[] {"cronkeeper.db", "cronkeeper.db-wal"}) {
            Path file = dataDir().resolve(name);
            if (Files.exists(file)) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).as(name)
                    .doesNotContain(p.get("api_key").asText())
                    .doesNotContain(p.get("api_key_readonly").asText());
            }
        }
    }

    @Test
    void listPrintsJsonArrayWithoutApiKeys() throws IOException {
        JsonNode a = JSON.readTree(run("project", "create", "--name", "A", "--data-dir", dataDir().toString()).out());
        run("project", "create", "--name", "B", "--data-dir", dataDir().toString());
        Run run = run("project", "list", "--data-dir", dataDir().toString());
        assertThat(run.exitCode()).isZero();
        JsonNode list = JSON.readTree(run.out());
        assertThat(list.isArray()).isTrue();
        // The CLI set the fresh data dir up as a first server start would: Default comes first.
        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Default");
        assertThat(list.get(1).get("name").asText()).isEqualTo("A");
        assertThat(list.get(1).get("uuid").asText()).isEqualTo(a.get("uuid").asText());
        assertThat(list.get(2).get("name").asText()).isEqualTo("B");
        assertThat(run.out()).doesNotContain(a.get("api_key").asText()).doesNotContain("api_key");
    }

    @Test
    void dataDirFromEnvironmentIsUsed() throws IOException {
        env.put("CRONKEEPER_DATA_DIR", dataDir().toString());
        run("project", "create", "--name", "FromEnv");
        JsonNode list = JSON.readTree(run("project", "list").out());
        assertThat(list).extracting(p -> p.get("name").asText()).containsExactly("Default", "FromEnv");
    }

    @Test
    void badSettingExitsWith2AndOneLineNamingIt() {
        Run run = run("project", "create", "--name", "X", "--data-dir", dataDir().toString(), "--port", "abc");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).contains("CRONKEEPER_PORT").contains("abc");
        assertThat(dataDir()).doesNotExist();
    }

    @Test
    void badEnvironmentSettingExitsWith2() {
        env.put("CRONKEEPER_PING_LOG_LIMIT", "0");
        Run run = run("project", "list", "--data-dir", dataDir().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).contains("CRONKEEPER_PING_LOG_LIMIT");
    }

    @Test
    void missingNameIsAUsageError() {
        Run run = run("project", "create", "--data-dir", dataDir().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--name");
        assertThat(dataDir()).doesNotExist();
    }

    @Test
    void blankNameIsRefused() {
        Run run = run("project", "create", "--name", "   ", "--data-dir", dataDir().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--name");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        Run run = run("project", "explode");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    private Path dataDir() {
        return tmp.resolve("data");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CronkeeperCommand.commandLine(new SettingsLoader(env, tmp.resolve("no-system.yaml")));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
