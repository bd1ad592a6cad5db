package io.cronkeeper.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The jar on a host whose /tmp is mounted {@code noexec}: run in a private mount namespace
 * ({@code unshare -m}) with a noexec tmpfs over /tmp, the CLI and the server still work, because
 * SQLite's native library is unpacked under the data dir. The data dir lives under target/, as
 * /tmp is replaced inside the namespace.
 */
class NoexecTmpIT {
    private static final Path JAR = Path.of("target", "appliance-server.jar").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private Path dir;

    @BeforeEach
    void namespaceWorks() throws Exception {
        Process probe = new ProcessBuilder(wrap(List.of("true"))).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        probe.waitFor(30, TimeUnit.SECONDS);
        Assumptions.assumeTrue(probe.exitValue() == 0,
            "cannot make a private mount namespace with a noexec /tmp here (unshare -m needs root or CAP_SYS_ADMIN): " + out);
        dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "noexec-");
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The command inside a new mount namespace whose /tmp is an empty noexec tmpfs. A checkout
     * under /tmp (CI may clone there) stays reachable: its target/ is bound to /mnt first and moved
     * back to its old path over the new tmpfs (a bind mount keeps its own file system's options).
     */
    static List<String> wrap(List<String> command) {
        String target = JAR.getParent().toString();
        List<String> all = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
            "case \"$0\" in /tmp/*) mount --bind \"$0\" /mnt;; esac"
                + " && mount -t tmpfs -o noexec,nosuid,nodev tmpfs /tmp"
                + " && findmnt -no OPTIONS /tmp | grep -q noexec"
                + " && case \"$0\" in /tmp/*) mkdir -p \"$0\" && mount --move /mnt \"$0\";; esac"
                + " && exec \"$@\"", target));
        all.addAll(command);
        return all;
    }

    private ProcessBuilder jar(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(wrap(command)).redirectErrorStream(true);
        pb.environment().put("CRONKEEPER_DATA_DIR", dir.resolve("data").toString());
        pb.environment().keySet().removeIf(k -> k.equals("CRONKEEPER_PORT") || k.equals("JAVA_TOOL_OPTIONS"));
        return pb;
    }

    @Test
    void cliAndServerWorkWithANoexecTmp() throws Exception {
        Process cli = jar("project", "create", "--name", "noexec").start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(out).isZero();
        assertThat(out).contains("\"name\":\"noexec\"").doesNotContain("UnsatisfiedLinkError");

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("server.log");
        Process server = jar("--port", Integer.toString(port)).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int status = 0;
            while (status != 200 && server.isAlive() && System.nanoTime() < deadline) {
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v3/status/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                    Thread.sleep(200);
                }
            }
            assertThat(status).as(Files.readString(log)).isEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
