package io.cronkeeper.ping;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * One real server with one project, shared by the tests of a class; each test makes its own
 * checks, so tests only share the clock, and they read times from it rather than assume T0.
 */
final class PingFixture implements AutoCloseable {
    final TestServer server;
    final CreatedProject project;
    final Stored stored;

    private PingFixture(TestServer server) {
        this.server = server;
        this.project = server.createProject("Pings");
        this.stored = new Stored(server);
    }

    static PingFixture start(Path dir) {
        return new PingFixture(TestServer.start(dir));
    }

    static PingFixture start(Path dir, Map<Setting, String> settings) {
        return new PingFixture(TestServer.start(dir, settings));
    }

    /** Creates a check through the API and returns its UUID. */
    String newCheck(String json) {
        return server.createCheck(project.apiKey(), json).get("uuid").asText();
    }

    String newCheck() {
        return newCheck("{}");
    }

    Instant now() {
        return server.clock.instant();
    }

    long nowMicros() {
        return Stored.micros(now());
    }

    void advance(Duration d) {
        server.clock.advance(d);
    }

    HttpResponse<String> get(String path) {
        return server.get(path);
    }

    HttpResponse<String> post(String path, String body) {
        return server.post(path, body);
    }

    /** Any method, any body, and headers given as name, value, name, value... */
    HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder b = server.request(path).method(method, body.length == 0
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return server.send(b.build());
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, new byte[0], headers);
    }

    /** The check as the management API shows it. */
    String apiStatus(String uuid) {
        HttpResponse<String> res = server.get("/api/v3/checks/" + uuid, project.apiKey());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("GET check failed: " + res.statusCode() + " " + res.body());
        }
        return TestServer.json(res.body()).get("status").asText();
    }

    /**
     * GETs {@code perThread} times from each of {@code threads} threads, all released at once, and
     * returns every status code. {@code pathOfThread} gives each thread its URL.
     */
    List<Integer> concurrently(int threads, int perThread, IntFunction<String> pathOfThread) {
        var statuses = new ConcurrentLinkedQueue<Integer>();
        var gate = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                String path = pathOfThread.apply(t);
                pool.submit(() -> {
                    gate.await();
                    for (int i = 0; i < perThread; i++) {
                        statuses.add(server.get(path).statusCode());
                    }
                    return null;
                });
            }
            gate.countDown();
        }
        return List.copyOf(statuses);
    }

    /**
     * Sends a request as written, for what {@code java.net.http} will not send (no User-Agent,
     * HTTP/1.0), and returns the raw response head and its {@code Content-Length} body. It does
     * not wait for the server to close the connection: Helidon 4.5 keeps it open even after
     * answering {@code Connection: close} (helidon-io/helidon#12324).
     */
    String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            var head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c == -1) {
                    return head.toString();
                }
                head.append((char) c);
            }
            var length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
            byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
            return head + new String(body, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
