package io.cronkeeper.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.health.DatagramReceiver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with the shipped JVM options (128 MB heap, exit on OutOfMemoryError) and no
 * ping body limit, attacked as a hostile device on the LAN would: it stays up, keeps watching and
 * keeps telling systemd so.
 */
class RobustnessIT {
    private static final Path JAR = Path.of("target", "appliance-server.jar").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** The exec plugin's options (pom.xml), as the README's first command runs the server. */
    private static final List<String> SHIPPED = List.of("-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
        "-Xms32m", "-Xmx128m", "-XX:TrimNativeHeapInterval=5000", "-XX:-TieredCompilation",
        "--enable-native-access=ALL-UNNAMED");

    @TempDir
    static Path dir;
    static Process server;
    static DatagramReceiver notify;
    static Optional<String> firstNotification;
    static int port;
    static String uuid;
    static Path log;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Throwable {
        Path data = dir.resolve("data");
        Process cli = builder(data).command(command("project", "create", "--name", "robust")).start();
        String project = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String apiKey = new ObjectMapper().readTree(project).get("api_key").asText();

        notify = DatagramReceiver.bind(dir.resolve("notify.sock").toString());
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        log = dir.resolve("server.log");
        ProcessBuilder pb = builder(data).command(command()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CRONKEEPER_PORT", Integer.toString(port));
        pb.environment().put("CRONKEEPER_PING_BODY_LIMIT", "none");
        pb.environment().put("NOTIFY_SOCKET", notify.name());
        pb.environment().put("WATCHDOG_USEC", "2000000");
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        server = pb.start();
        firstNotification = notify.receive(60_000);
        HttpResponse<String> created = http.send(request("/api/v3/checks/").header("X-Api-Key", apiKey)
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"watched\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        uuid = new ObjectMapper().readTree(created.body()).get("uuid").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
        notify.close();
    }

    @Test
    void tellsSystemdItIsReadyThenFeedsTheWatchdog() throws Throwable {
        assertThat(firstNotification).hasValue("READY=1");
        Optional<String> next = notify.receive(10_000);
        while (next.isPresent() && !next.get().equals("WATCHDOG=1")) {
            next = notify.receive(10_000);
        }
        assertThat(next).hasValue("WATCHDOG=1");
    }

    @Test
    void anUnauthenticatedFloodOfLargeBodiesLeavesItWatching() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 300; i++) {
                Socket s = new Socket("127.0.0.1", port);
                held.add(s);
                senders.submit(() -> {
                    OutputStream out = s.getOutputStream();
                    out.write(("POST /api/v3/checks/ HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                    out.write(new byte[1048576 - 100]);
                    out.flush();
                    return null;
                });
            }
            Thread.sleep(10_000);
            assertThat(server.isAlive()).as("alive during the flood").isTrue();
            assertThat(status()).isEqualTo("200 OK");
            assertThat(ping()).isEqualTo(200);
            for (Socket s : held) {
                s.close();
            }
        }
        Thread.sleep(2_000);
        assertThat(server.isAlive()).isTrue();
        assertThat(status()).isEqualTo("200 OK");
        assertThat(ping()).isEqualTo(200);
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    }

    @Test
    void a300MegabytePingBodyWithNoLimitIsRefusedWithoutHoldingIt() throws Exception {
        long size = 300L * 1024 * 1024;
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(("POST /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\nContent-Length: " + size
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(statusLine(s.getInputStream())).startsWith("HTTP/1.1 413");
        }
        try (Socket s = new Socket("127.0.0.1", port); ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor()) {
            OutputStream out = s.getOutputStream();
            sender.submit(() -> {
                out.write(("POST /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[1024 * 1024];
                byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 300; i++) {
                    out.write(head);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                return null;
            });
            s.setSoTimeout(120_000);
            assertThat(statusLine(s.getInputStream())).startsWith("HTTP/1.1 413");
        }
        assertThat(server.isAlive()).isTrue();
        assertThat(status()).isEqualTo("200 OK");
        assertThat(ping()).isEqualTo(200);
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    }

    private static String status() throws Exception {
        var res = http.send(request("/api/v3/status/").build(), HttpResponse.BodyHandlers.ofString());
        return res.statusCode() + " " + res.body();
    }

    private static int ping() throws Exception {
        return http.send(request("/ping/" + uuid).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private static String statusLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.append((char) b);
        }
        return line.toString().strip();
    }

    private static List<String> command(String... args) {
        List<String> c = new ArrayList<>();
        c.add(JAVA);
        c.addAll(SHIPPED);
        c.add("-jar");
        c.add(JAR.toString());
        c.addAll(List.of(args));
        return c;
    }

    private static ProcessBuilder builder(Path data) {
        ProcessBuilder pb = new ProcessBuilder().directory(dir.toFile());
        pb.environment().put("CRONKEEPER_DATA_DIR", data.toString());
        pb.environment().remove("CRONKEEPER_PORT");
        return pb;
    }
}
