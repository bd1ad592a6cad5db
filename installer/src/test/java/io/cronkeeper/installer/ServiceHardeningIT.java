package io.cronkeeper.installer;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The unit's hardening: systemd's own exposure score, and the packaged server and CLI run under
 * what the unit imposes, reproduced without systemd as PID 1: the unit's seccomp filter
 * (src/test/resources/seccomp-exec.py, built from the unit's lines), /proc mounted as
 * {@code ProtectProc=invisible} mounts it, and a noexec /tmp (hosts that
 * mount /tmp noexec; {@code PrivateTmp=} inherits that). The tree lives under target/, since /tmp
 * is replaced inside the mount namespace.
 */
class ServiceHardeningIT {
    private static final Pattern SCORE = Pattern.compile("Overall exposure level for \\S+: (\\d+\\.\\d+)");
    static Path dir;
    static Path tree;
    static Path unit;

    @BeforeAll
    static void unpack() throws IOException {
        dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "hardening-");
        tree = dir.resolve("tree");
        Packages.ok("dpkg-deb", "-x", Packages.SERVER_DEB.toString(), tree.toString());
        unit = tree.resolve("usr/lib/systemd/system/cronkeeper.service");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void systemdRatesTheUnitsExposureAtMost2() {
        Packages.Result r = Packages.run("systemd-analyze", "security", "--offline=true", "--no-pager", unit.toString());
        Matcher m = SCORE.matcher(r.output());
        assertThat(m.find()).as(r.output()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as(r.output()).isLessThanOrEqualTo(2.0);
    }

    @Test
    void serverAndCliWorkUnderTheUnitsSeccompFilterProcSubsetAndANoexecTmp() throws Exception {
        Packages.Result probe = Packages.run(wrap(List.of("true")));
        Assumptions.assumeTrue(probe.exitCode() == 0, "cannot reproduce the unit's sandbox here (needs root, unshare and"
            + " python3-seccomp: apt-get install python3-seccomp): " + probe.output());
        Path data = dir.resolve("data");
        Path launcher = tree.resolve("opt/cronkeeper/bin/cronkeeper");
        Path config = Files.writeString(dir.resolve("server.yaml"), "# empty\n");

        Packages.Result created = Packages.run(wrap(List.of(launcher.toString(), "project", "create", "--name", "Hardened",
            "--data-dir", data.toString(), "--config", config.toString())));
        assertThat(created.exitCode()).as(created.output()).isZero();
        String apiKey = new ObjectMapper().readTree(created.output().lines().filter(l -> l.startsWith("{")).findFirst()
            .orElseThrow()).get("api_key").asText();

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("server.log");
        ProcessBuilder pb = new ProcessBuilder(wrap(List.of(launcher.toString(), "--port", Integer.toString(port),
            "--data-dir", data.toString(), "--config", config.toString()))).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:-TieredCompilation");
        Process server = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            awaitStatus(http, port, server, log);
            HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v3/checks/"))
                .header("X-Api-Key", apiKey).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"sandboxed\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(check.statusCode()).as(check.body()).isEqualTo(201);
            String uuid = new ObjectMapper().readTree(check.body()).get("uuid").asText();
            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping/" + uuid)).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(ping.statusCode()).isEqualTo(200);
        } finally {
            // The JVM is PID 1's child inside the new PID namespace: signal the unshare process tree.
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
        }
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(output).contains("Cronkeeper listening").doesNotContain("Exception", "Operation not permitted",
            "UnsatisfiedLinkError");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.equals("native"));
        }
    }

    /**
     * The command in a new mount and PID namespace with /proc as the unit mounts it, a noexec
     * /tmp, under the unit's seccomp filter.
     */
    private static List<String> wrap(List<String> command) {
        Path script = Path.of("src/test/resources/seccomp-exec.py").toAbsolutePath();
        List<String> all = new ArrayList<>(List.of("unshare", "-m", "-p", "-f", "--propagation", "private", "sh", "-c",
            KeepCheckout.park()
                + " && mount -t proc -o hidepid=invisible proc /proc"
                + " && mount -t tmpfs -o noexec,nosuid,nodev tmpfs /tmp"
                + " && " + KeepCheckout.restore()
                + " && exec /usr/bin/python3 \"$0\" \"$@\"", script.toString(), unit.toString()));
        all.addAll(command);
        return all;
    }

    private static void awaitStatus(HttpClient http, int port, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v3/status/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(300);
            }
        }
        throw new AssertionError("the sandboxed server did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
}
