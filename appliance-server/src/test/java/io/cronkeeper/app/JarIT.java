package io.cronkeeper.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a user runs it: {@code java -jar appliance-server.jar} from another
 * working directory, with no configuration but a data dir, then pinged over HTTP; and the CLI on
 * the same jar against the running server. Runs in {@code verify}, after {@code package}.
 */
class JarIT {
    private static final Path JAR = Path.of("target", "appliance-server.jar").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    /** Runs the jar with its output (stdout and stderr) in a log file. */
    private Process run(Path data, Map<String, String> env, Path log, String... args) throws IOException {
        return builder(data, env, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private Process run(Path data, Map<String, String> env, String... args) throws IOException {
        return builder(data, env, args).start();
    }

    private ProcessBuilder builder(Path data, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("CRONKEEPER_DATA_DIR", data.toString());
        pb.environment().remove("CRONKEEPER_PORT");
        pb.environment().putAll(env);
        return pb;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void jarStartsWithoutConfigurationAndAnswersPingsAndTheCli() throws Exception {
        Path data = dir.resolve("data");
        int port = freePort();
        Path log = dir.resolve("server.log");
        Process server = run(data, Map.of("CRONKEEPER_PORT", Integer.toString(port)), log);
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            waitUntilUp(http, port);
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(data.resolve("admin-token")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            Process cli = run(data, Map.of(), "project", "create", "--name", "From CLI");
            String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).isZero();
            JsonNode project = new ObjectMapper().readTree(out);

            HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v3/checks/"))
                .header("X-Api-Key", project.get("api_key").asText())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"nightly\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            String uuid = new ObjectMapper().readTree(created.body()).get("uuid").asText();

            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/ping/" + uuid)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ping.statusCode()).isEqualTo(200);
            assertThat(ping.body()).isEqualTo("OK");
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(log)).contains("config port = " + port, "admin token for the desktop app: " + data.resolve("admin-token"),
            "config admin-token = (from data dir)");
    }

    @Test
    void badSettingStopsTheServerWithOneLineAndExitCode2() throws Exception {
        Process server = run(dir.resolve("data"), Map.of("CRONKEEPER_PORT", "eighty"));
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(server.exitValue()).isEqualTo(2);
        List<String> lines = err.lines().filter(l -> l.startsWith("cronkeeper:")).toList();
        assertThat(lines).containsExactly("cronkeeper: CRONKEEPER_PORT: 'eighty' must be a whole number from 0 to 65535");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    /** A start's flags skip picocli (issue 16); what picocli would refuse still reads as picocli says it. */
    @Test
    void startFlagsAreCheckedAsBeforeTheFastPath() throws Exception {
        Process bad = run(dir.resolve("data"), Map.of(), "--port", "eighty", "--host", "127.0.0.1");
        assertThat(bad.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
            .filter(l -> l.startsWith("cronkeeper:")).toList())
            .containsExactly("cronkeeper: CRONKEEPER_PORT: 'eighty' must be a whole number from 0 to 65535");

        Process typo = run(dir.resolve("data"), Map.of(), "--prot", "8000");
        assertThat(typo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(typo.exitValue()).isEqualTo(2);
        assertThat(new String(typo.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
            .contains("Unknown options: '--prot'", "Usage: cronkeeper");

        Process twice = run(dir.resolve("data"), Map.of(), "--port", "1", "--port", "2");
        assertThat(twice.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(twice.exitValue()).isEqualTo(2);
        assertThat(new String(twice.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
            .contains("should be specified only once");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    private static void waitUntilUp(HttpClient http, int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                var res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v3/status/")).build(),
                    HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("server did not start on port " + port);
    }
}
