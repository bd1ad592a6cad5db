package io.cronkeeper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.config.Setting;
import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.events.EventBus;
import io.cronkeeper.health.Supervisor;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.project.ProjectService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The real appliance on a free port with its data in a temp dir, and a real HTTP client.
 * Tests talk HTTP to it and may read the SQLite file to check what was stored.
 */
public final class TestServer implements AutoCloseable {
    public static final Instant T0 = Instant.parse("2026-01-15T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    public final Path dataDir;
    public final MutableClock clock;
    public final Settings settings;
    private final Appliance appliance;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestServer(Path dataDir, MutableClock clock, Settings settings) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.settings = settings;
        // The monitor runs only when a test says so (monitorPass), never behind its back.
        this.appliance = Appliance.start(settings, clock, false);
    }

    private TestServer(Path dataDir, MutableClock clock, Settings settings, Supervisor supervisor) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.settings = settings;
        this.appliance = Appliance.start(settings, clock, true, supervisor);
    }

    /**
     * With every background loop running, the monitor's thread included, under the given
     * supervisor (which records an exit instead of ending the test JVM). The clock stays at
     * {@link #T0}: loops' liveness is measured on the monotonic clock.
     */
    public static TestServer startSupervised(Path dataDir, Map<Setting, String> flags, Supervisor supervisor) {
        return new TestServer(dataDir, new MutableClock(T0), settings(dataDir, flags), supervisor);
    }

    public static TestServer start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** @param flags extra settings, e.g. {@code Setting.PING_BODY_LIMIT -> "5"} */
    public static TestServer start(Path dataDir, Map<Setting, String> flags) {
        return new TestServer(dataDir, new MutableClock(T0), settings(dataDir, flags));
    }

    private static Settings settings(Path dataDir, Map<Setting, String> flags) {
        Map<Setting, String> all = new EnumMap<>(Setting.class);
        all.put(Setting.PORT, "0");
        all.put(Setting.HOST, "127.0.0.1");
        all.put(Setting.DATA_DIR, dataDir.toString());
        all.putAll(flags);
        TestStore.configure(dataDir, all);
        return new SettingsLoader(new HashMap<>(), Path.of("/nonexistent/server.yaml")).load(all, Optional.empty());
    }

    public int port() {
        return appliance.port();
    }

    public int tlsPort() {
        return appliance.tlsPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public Jdbi jdbi() {
        return appliance.database().jdbi();
    }

    /** The bus behind the admin API's live event stream. */
    public EventBus events() {
        return appliance.events();
    }

    /** A new project with a ping key and both API keys, made the way the CLI makes it. */
    public ProjectService.CreatedProject createProject(String name) {
        return new ProjectService(jdbi(), keyHasher(), Clock.systemUTC()).create(name);
    }

    /** The install's key hasher, from wherever the store keeps its secret. */
    public KeyHasher keyHasher() {
        return KeyHasher.of(appliance.database(), dataDir);
    }

    /** Creates a simple check through the API and returns its JSON. */
    public JsonNode createCheck(String apiKey, String json) {
        HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(url("/api/v3/checks/")))
            .header("X-Api-Key", apiKey)
            .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        if (res.statusCode() != 201 && res.statusCode() != 200) {
            throw new IllegalStateException("create check failed: " + res.statusCode() + " " + res.body());
        }
        return json(res.body());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    public HttpResponse<String> get(String path, String apiKey) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("X-Api-Key", apiKey).GET().build());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POST with an {@code X-Api-Key} header. */
    public HttpResponse<String> post(String path, String apiKey, String body) {
        return send(request(path).header("X-Api-Key", apiKey).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A request builder for a path on this server, for methods and headers the shortcuts lack. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)));
    }

    /** Sends a request and keeps the response body as raw bytes. */
    public HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient client() {
        return http;
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    /** One pass of the deadline monitor at the clock's current time, in this thread. */
    public void monitorPass() {
        appliance.monitor().runNow();
    }

    /** Moves the clock on and lets the monitor act on whatever became due. */
    public void advance(java.time.Duration by) {
        clock.advance(by);
        monitorPass();
    }

    public Appliance appliance() {
        return appliance;
    }

    @Override
    public void close() {
        appliance.close();
    }
}
