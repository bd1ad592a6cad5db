package io.cronkeeper.hcimport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Healthchecks instance over real HTTP: {@link #v1()} answers from the answers recorded of a real
 * v1.24.1 (test resources {@code healthchecks-1.24.1/}, which has only {@code /api/v1/}); {@link #v3()}
 * answers the current shapes of the reference (§4). Keys and their refusals follow reference §4.2.
 */
public final class StubHealthchecks implements AutoCloseable {
    public static final String RW_KEY = "hcw_fixture_read_write_key_00001";
    public static final String RO_KEY = "hcr_fixture_read_only_key_000001";
    private static final Pattern API = Pattern.compile("/api/v(\\d)/(.*)");
    private static final Pattern CHECK_PART = Pattern.compile("checks/([0-9a-f-]{36})/(pings/|flips/|pings/(\\d+)/body)");

    private final HttpServer server;
    private final int maxVersion;
    private final StubData data;
    private final Map<String, Answer> overrides = new ConcurrentHashMap<>();
    public final List<String> requests = new CopyOnWriteArrayList<>();

    record Answer(int status, String contentType, byte[] body) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What an instance holds, with {@code BASE} standing for the stub's own address. */
    interface StubData {
        String checks(boolean readOnly);

        String channels();

        String pings(String uuid);

        byte[] body(String uuid, long n);

        String flips(String uuid);
    }

    private StubHealthchecks(int maxVersion, StubData data) {
        this.maxVersion = maxVersion;
        this.data = data;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The recorded v1.24.1 instance: 18 checks, 3 integrations, pings and flips of one check. */
    public static StubHealthchecks v1() {
        return new StubHealthchecks(1, new RecordedV1());
    }

    public static StubHealthchecks v3() {
        return new StubHealthchecks(3, new CurrentV3());
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes {@code path} answer this, whatever the key. */
    public void answer(String path, int status, String contentType, String body) {
        overrides.put(path, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(ex.getRequestMethod() + " " + path);
        Answer a;
        try {
            a = overrides.containsKey(path) ? overrides.get(path) : route(path, ex.getRequestHeaders().getFirst("X-Api-Key"));
        } catch (RuntimeException e) {
            a = new Answer(500, "text/plain", e.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = !a.contentType().equals("application/json") ? a.body()
            : new String(a.body(), StandardCharsets.ISO_8859_1).replace("BASE", url()).getBytes(StandardCharsets.ISO_8859_1);
        ex.getResponseHeaders().set("Content-Type", a.contentType());
        ex.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    private Answer route(String path, String key) {
        Matcher m = API.matcher(path);
        if (!m.matches() || Integer.parseInt(m.group(1)) > maxVersion) {
            return new Answer(404, "text/html", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8));
        }
        if (key == null || key.length() != 32) {
            return Answer.json(401, "{\"error\": \"missing api key\"}");
        }
        if (!key.equals(RW_KEY) && !key.equals(RO_KEY)) {
            return Answer.json(401, recorded("wrong-key.json"));
        }
        boolean readOnly = key.equals(RO_KEY);
        String rest = m.group(2);
        if (rest.equals("checks/")) {
            return Answer.json(200, data.checks(readOnly));
        }
        if (readOnly && (rest.equals("channels/") || rest.contains("/pings/"))) {
            return Answer.json(401, "{\"error\": \"wrong api key\"}");
        }
        if (rest.equals("channels/")) {
            return Answer.json(200, data.channels());
        }
        Matcher c = CHECK_PART.matcher(rest);
        if (c.matches()) {
            String uuid = c.group(1);
            if (c.group(3) != null) {
                byte[] body = data.body(uuid, Long.parseLong(c.group(3)));
                return body == null ? new Answer(404, "text/html", new byte[0]) : new Answer(200, "text/plain", body);
            }
            return Answer.json(200, c.group(2).equals("pings/") ? data.pings(uuid) : data.flips(uuid));
        }
        return new Answer(404, "text/html", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code json} member of a recorded answer, with the recording instance's address as BASE. */
    public static String recorded(String file) {
        String text = resource(file);
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
            return json.has("json") ? json.get("json").toString().replace("http://127.0.0.1:8555", "BASE") : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String file) {
        try (InputStream in = StubHealthchecks.class.getResourceAsStream("/healthchecks-1.24.1/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
