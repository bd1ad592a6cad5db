package io.cronkeeper.installer;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as the package installs it, run from the unpacked .deb with its own jlinked
 * runtime: it answers pings, its CLI works beside it, and SIGTERM stops it with status 143,
 * which the unit counts as success.
 */
class UnpackedServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path launcher;
    static Path emptyConfig;

    @BeforeAll
    static void unpack() throws IOException {
        Path tree = tmp.resolve("tree");
        Packages.ok("dpkg-deb", "-x", Packages.SERVER_DEB.toString(), tree.toString());
        launcher = tree.resolve("opt/cronkeeper/bin/cronkeeper");
        // The machine may have the package installed: never read its /etc/cronkeeper/server.yaml.
        emptyConfig = Files.writeString(tmp.resolve("server.yaml"), "# empty\n");
    }

    private static ProcessBuilder cronkeeper(Path data, String... args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", data.toString(), "--config", emptyConfig.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("CRONKEEPER_") || k.equals("JAVA_TOOL_OPTIONS"));
        return pb;
    }

    @Test
    void unpackedServerAnswersPingsAndStopsWith143OnSigterm() throws Exception {
        Path data = tmp.resolve("data");
        int port = freePort();
        Path log = tmp.resolve("server.log");
        Process server = cronkeeper(data, "--port", Integer.toString(port), "--host", "127.0.0.1")
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            waitUntilUp(http, port, server, log);
            Process cli = cronkeeper(data, "project", "create", "--name", "Packaged").start();
            String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).as(out).isZero();
            String apiKey = JSON.readTree(out).get("api_key").asText();

            HttpResponse<String> created = http.send(HttpRequest.newBuilder(url(port, "/api/v3/checks/"))
                    .header("X-Api-Key", apiKey).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"deb\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            String uuid = JSON.readTree(created.body()).get("uuid").asText();
            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(url(port, "/ping/" + uuid))
                .POST(HttpRequest.BodyPublishers.ofString("from the package")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ping.statusCode()).isEqualTo(200);

            JsonNode pings = JSON.readTree(http.send(HttpRequest.newBuilder(url(port, "/api/v3/checks/" + uuid + "/pings/"))
                .header("X-Api-Key", apiKey).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(pings.get("pings")).hasSize(1);
            assertThat(pings.get("pings").get(0).get("type").asText()).isEqualTo("success");
        } finally {
            server.destroy();
        }
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(server.exitValue()).as(output).isEqualTo(143);
        assertThat(output).contains("Cronkeeper listening on 127.0.0.1 port " + port)
            .doesNotContain("restricted method", "Exception");
    }

    /** The package's trimmed Bouncy Castle still makes the self-signed certificate and reads it back. */
    @Test
    void unpackedServerServesTlsWithItsSelfSignedCertificate() throws Exception {
        Path data = tmp.resolve("tls-data");
        int port = freePort();
        int tlsPort = freePort();
        Path log = tmp.resolve("tls.log");
        Process server = cronkeeper(data, "--port", Integer.toString(port), "--tls-port", Integer.toString(tlsPort),
            "--host", "127.0.0.1").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            waitUntilUp(plain, port, server, log);
            javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
            trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
                @Override
                public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                }

                @Override
                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                    return new java.security.cert.X509Certificate[0];
                }
            }}, null);
            javax.net.ssl.SSLParameters noHostCheck = new javax.net.ssl.SSLParameters();
            noHostCheck.setEndpointIdentificationAlgorithm(null);
            HttpClient tls = HttpClient.newBuilder().sslContext(trustAll).sslParameters(noHostCheck).build();
            HttpResponse<String> status = tls.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + tlsPort + "/api/v3/status/"))
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(log)).doesNotContain("Exception", "NoClassDefFoundError");
    }

    @Test
    void launcherRunsTheCliWithTheBundledRuntime() throws Exception {
        Process p = cronkeeper(tmp.resolve("cli-data"), "check-config").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("port: 8000", "admin-token: (from data dir)");
        String release = Files.readString(launcher.getParent().getParent().resolve("lib/runtime/release"));
        assertThat(release).contains("java.sql").doesNotContain("jdk.compiler", "jdk.jshell", "java.compiler");
    }

    /**
     * The launcher starts the JVM without asking the package managers who owns it (jpackage's own
     * launcher runs rpm -qf and dpkg -S twice per start, 0.4 s: issue 16). Stand-ins for both on
     * the PATH leave a mark if run; the command must still work, from a symlink too (/usr/bin).
     */
    @Test
    void launcherAsksNoPackageManager() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("spy-bin"));
        Path marks = tmp.resolve("package-manager-calls");
        for (String tool : List.of("dpkg", "rpm")) {
            Path spy = Files.writeString(bin.resolve(tool), "#!/bin/sh\necho \"" + tool + " $*\" >> '" + marks + "'\nexit 1\n");
            spy.toFile().setExecutable(true);
        }
        Path link = Files.createSymbolicLink(tmp.resolve("cronkeeper-link"), launcher);
        ProcessBuilder pb = new ProcessBuilder(link.toString(), "--version").redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + pb.environment().getOrDefault("PATH", "/usr/bin:/bin"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Cronkeeper ");
        assertThat(marks).as("package managers asked").doesNotExist();
        assertThat(Files.readString(launcher)).startsWith("#!/bin/sh\n");
    }

    /**
     * The driver, its pool and the start's error path load in the jlinked runtime (issue 17): a
     * database that refuses the connection is one line and exit 1, not a missing class.
     */
    @Test
    void bundledRuntimeRunsThePostgresDriver() throws Exception {
        int port = freePort();
        Process p = cronkeeper(tmp.resolve("pg-data"), "migrate", "--database-url",
            "postgresql://cronkeeper@127.0.0.1:" + port + "/cronkeeper").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(1);
        assertThat(out.lines().toList()).as(out).hasSize(1);
        assertThat(out).startsWith("cronkeeper: cannot connect to the PostgreSQL database postgresql://cronkeeper@127.0.0.1:"
            + port + "/cronkeeper: Connection to 127.0.0.1:" + port + " refused");
        String release = Files.readString(launcher.getParent().getParent().resolve("lib/runtime/release"));
        assertThat(release).contains("java.sql", "java.naming", "java.management", "java.security.jgss", "jdk.security.auth");
    }

    private static URI url(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitUntilUp(HttpClient http, int port, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(url(port, "/api/v3/status/")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the packaged server did not start:\n" + Files.readString(log));
    }
}
