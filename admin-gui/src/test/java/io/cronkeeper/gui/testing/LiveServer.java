package io.cronkeeper.gui.testing;

import io.cronkeeper.Appliance;
import io.cronkeeper.config.Setting;
import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.gui.client.Endpoint;
import io.cronkeeper.project.AdminToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The real appliance, in this JVM, on a free port with its data in a temp dir (as the server's
 * own tests start it). It can be stopped and started again on the same port and data, to test
 * how the app reconnects.
 */
public final class LiveServer implements AutoCloseable {
    private final Path dataDir;
    private final Map<Setting, String> extra;
    private Appliance appliance;
    private int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Clock clock;

    private LiveServer(Path dataDir, Map<Setting, String> extra, Clock clock) {
        this.dataDir = dataDir;
        this.extra = extra;
        this.clock = clock;
    }

    public static LiveServer start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    public static LiveServer start(Path dataDir, Map<Setting, String> extra) {
        return start(dataDir, extra, Clock.systemUTC());
    }

    /** With the server's time from {@code clock}, e.g. to record pings in the past. */
    public static LiveServer start(Path dataDir, Map<Setting, String> extra, Clock clock) {
        var server = new LiveServer(dataDir, extra, clock);
        server.port = freePort();
        server.appliance = Appliance.start(server.settings(server.port), clock);
        return server;
    }

    private Settings settings(int onPort) {
        Map<Setting, String> all = new EnumMap<>(Setting.class);
        all.put(Setting.PORT, Integer.toString(onPort));
        all.put(Setting.HOST, "127.0.0.1");
        all.put(Setting.DATA_DIR, dataDir.toString());
        // Ping URLs the app shows must work when pasted, so the site root names the real port.
        all.put(Setting.SITE_ROOT, "http://127.0.0.1:" + onPort);
        all.putAll(extra);
        return new SettingsLoader(new HashMap<>(), Path.of("/nonexistent/server.yaml")).load(all, Optional.empty());
    }

    /** A port free now; the URLs the server shows must name it, so port 0 will not do. */
    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() {
        appliance.close();
        appliance = null;
    }

    /** Starts again on the same port and data dir. */
    public void restart() {
        appliance = Appliance.start(settings(port), clock);
    }

    public int port() {
        return port;
    }

    public int tlsPort() {
        return appliance.tlsPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String token() {
        try {
            return Files.readString(dataDir.resolve(AdminToken.FILE_NAME)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Endpoint endpoint() {
        return new Endpoint(url(), token(), Optional.empty());
    }

    /** Sends a ping as a cron job would: {@code POST /ping/<uuid>[suffix]} with the body. */
    public int ping(String uuid, String suffix, byte[] body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url() + "/ping/" + uuid + suffix))
                .header("User-Agent", "test-cron/1.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int ping(String uuid, String suffix, String body) {
        return ping(uuid, suffix, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (appliance != null) {
            stop();
        }
    }
}
