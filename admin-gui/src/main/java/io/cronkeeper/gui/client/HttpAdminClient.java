package io.cronkeeper.gui.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link AdminClient} over HTTP, as docs/admin-api.md describes the routes. */
public final class HttpAdminClient implements AdminClient {
    /** The server lists its kinds when it refuses one: {@code "kind" must be one of: webhook, email}. */
    private static final Pattern KINDS = Pattern.compile("one of:?\\s*(.+)$");

    private final Transport transport;

    public HttpAdminClient(Endpoint endpoint) {
        this.transport = new Transport(endpoint);
    }

    public Endpoint endpoint() {
        return transport.endpoint();
    }

    /** The live event stream of this server. */
    public EventStream events(EventStream.Listener listener) {
        return new EventStream(transport, listener);
    }

    @Override
    public List<Project> projects() {
        return Wire.list(get("/projects"), "projects", Wire::project);
    }

    @Override
    public Project createProject(String name) {
        return Wire.project(transport.json("POST", "/projects", Map.of("name", name)));
    }

    @Override
    public Project renameProject(String uuid, String name) {
        return Wire.project(transport.json("PATCH", "/projects/" + uuid, Map.of("name", name)));
    }

    @Override
    public Project deleteProject(String uuid) {
        return Wire.project(transport.json("DELETE", "/projects/" + uuid, null));
    }

    @Override
    public PingKey pingKey(String project) {
        return Wire.pingKey(get("/projects/" + project + "/ping-key"));
    }

    @Override
    public PingKey rotatePingKey(String project) {
        return Wire.pingKey(transport.json("POST", "/projects/" + project + "/ping-key", Map.of()));
    }

    @Override
    public List<ApiKey> apiKeys(String project) {
        return Wire.list(get("/projects/" + project + "/api-keys"), "api_keys", Wire::apiKey);
    }

    @Override
    public ApiKey createApiKey(String project, String name, boolean readOnly) {
        return Wire.apiKey(transport.json("POST", "/projects/" + project + "/api-keys",
            Map.of("name", name, "read_only", readOnly)));
    }

    @Override
    public ApiKey revokeApiKey(String project, long id) {
        return Wire.apiKey(transport.json("DELETE", "/projects/" + project + "/api-keys/" + id, null));
    }

    @Override
    public List<Check> checks() {
        return Wire.list(get("/checks"), "checks", Wire::check);
    }

    @Override
    public Check check(String uuid) {
        return Wire.check(get("/checks/" + uuid));
    }

    @Override
    public Check createCheck(String project, Map<String, Object> fields) {
        return Wire.check(transport.json("POST", "/projects/" + project + "/checks", fields));
    }

    @Override
    public Check updateCheck(String uuid, Map<String, Object> fields) {
        return Wire.check(transport.json("PATCH", "/checks/" + uuid, fields));
    }

    @Override
    public Check deleteCheck(String uuid) {
        return Wire.check(transport.json("DELETE", "/checks/" + uuid, null));
    }

    @Override
    public Check pause(String uuid) {
        return Wire.check(transport.json("POST", "/checks/" + uuid + "/pause", Map.of()));
    }

    @Override
    public Check resume(String uuid) {
        return Wire.check(transport.json("POST", "/checks/" + uuid + "/resume", Map.of()));
    }

    @Override
    public List<Ping> pings(String check) {
        return Wire.list(get("/checks/" + check + "/pings"), "pings", Wire::ping);
    }

    @Override
    public PingBody pingBody(String check, long n) {
        HttpResponse<byte[]> res = transport.bytes("/checks/" + check + "/pings/" + n + "/body");
        boolean utf8 = res.headers().firstValue("X-Body-Utf8").map(Boolean::parseBoolean).orElse(false);
        return new PingBody(res.body(), utf8);
    }

    @Override
    public List<Flip> flips(String check) {
        return Wire.list(get("/checks/" + check + "/flips"), "flips", Wire::flip);
    }

    @Override
    public List<Notification> notifications(String check) {
        return Wire.list(get("/checks/" + check + "/notifications"), "notifications", Wire::notification);
    }

    @Override
    public List<Channel> channels() {
        return Wire.list(get("/channels"), "channels", Wire::channel);
    }

    /**
     * From {@code GET /channel-kinds} on a server that has it; otherwise from the error a server
     * gives for a kind it does not know, which lists the ones it does (nothing is created).
     */
    @Override
    public List<String> channelKinds() {
        try {
            JsonNode j = get("/channel-kinds");
            List<String> kinds = new ArrayList<>();
            j.path("kinds").forEach(k -> kinds.add(k.isTextual() ? k.asText() : Wire.text(k, "kind")));
            return kinds;
        } catch (ClientException.Unsupported e) {
            return kindsFromRefusal();
        }
    }

    private List<String> kindsFromRefusal() {
        var probe = new LinkedHashMap<String, Object>();
        probe.put("kind", "?");
        probe.put("config", Map.of());
        try {
            transport.json("POST", "/projects/" + URLEncoder.encode("-", StandardCharsets.UTF_8) + "/channels", probe);
        } catch (ClientException.Rejected e) {
            Matcher m = KINDS.matcher(e.getMessage());
            if (m.find()) {
                return Arrays.stream(m.group(1).split("[,|]|\\bor\\b"))
                    .map(s -> s.replaceAll("[^A-Za-z0-9_-]", "")).filter(s -> !s.isEmpty()).toList();
            }
        }
        return List.of();
    }

    @Override
    public Channel createChannel(String project, String name, String kind, Map<String, Object> config,
                                 boolean assignToAllChecks) {
        return Wire.channel(transport.json("POST", "/projects/" + project + "/channels",
            Map.of("name", name, "kind", kind, "config", config, "assign_to_all_checks", assignToAllChecks)));
    }

    @Override
    public AssignedToAll assignToAllChecks(String channel) {
        JsonNode j = transport.json("POST", "/channels/" + channel + "/assign-all", Map.of());
        return new AssignedToAll(Wire.channel(j), j.path("checks_assigned").asInt());
    }

    @Override
    public Channel updateChannel(String uuid, String name, Map<String, Object> config) {
        return Wire.channel(transport.json("PATCH", "/channels/" + uuid, Map.of("name", name, "config", config)));
    }

    @Override
    public Channel deleteChannel(String uuid) {
        return Wire.channel(transport.json("DELETE", "/channels/" + uuid, null));
    }

    @Override
    public Check assignChannels(String check, List<String> channelUuids) {
        return Wire.check(transport.json("PUT", "/checks/" + check + "/channels", Map.of("channels", channelUuids)));
    }

    @Override
    public DeliveryResult testChannel(String uuid) {
        return Wire.delivery(transport.json("POST", "/channels/" + uuid + "/test", Map.of()));
    }

    /** An import reads every check (and with history every ping) from Healthchecks first: minutes, not seconds. */
    @Override
    public HcImportResult importHealthchecks(Map<String, Object> request,
                                             java.util.function.Consumer<HcImportResult.Progress> progress) {
        JsonNode last = null;
        try (var lines = transport.lines("POST", "/import/healthchecks", request, java.time.Duration.ofMinutes(15)).body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                JsonNode j = importLine(line);
                if (j.has("progress")) {
                    JsonNode p = j.get("progress");
                    progress.accept(new HcImportResult.Progress(p.path("phase").asText(), p.path("done").asInt(),
                        p.path("total").asInt()));
                } else {
                    last = j;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new ClientException.Unreachable("Lost the connection to " + endpoint().url() + " during the import.");
        }
        if (last != null && last.has("error")) {
            throw new ClientException.Rejected(last.path("status").asInt(502), last.get("error").asText());
        }
        if (last == null || !last.has("report")) {
            throw new ClientException.Unreachable("The import ended without a report; see the server's log.");
        }
        JsonNode report = last.get("report");
        // (the report's JSON is documented in docs/admin-api.md, "Import from Healthchecks")
        List<String> reportLines = new ArrayList<>();
        report.path("lines").forEach(l -> reportLines.add(l.asText()));
        return new HcImportResult(report.path("dry_run").asBoolean(), report.at("/project/uuid").asText(),
            report.at("/project/name").asText(), reportLines);
    }

    private JsonNode importLine(String line) {
        try {
            return Transport.JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new ClientException.Unreachable("The server at " + endpoint().url() + " answered the import with something "
                + "other than JSON lines; is it a Cronkeeper server?");
        }
    }

    @Override
    public List<DeliveryAttempt> attempts(String channel) {
        return Wire.list(get("/channels/" + channel + "/attempts"), "attempts", Wire::attempt);
    }

    @Override
    public List<BadgeSet> badges(String project) {
        return Wire.badges(get("/projects/" + project + "/badges"));
    }

    @Override
    public SchedulePreview previewSchedule(String schedule, String tz) {
        return Wire.preview(transport.json("POST", "/schedule-preview", Map.of("schedule", schedule, "tz", tz)));
    }

    @Override
    public ServerHealth health() {
        return ServerHealth.from(get("/health"));
    }

    private JsonNode get(String path) {
        return transport.json("GET", path, null);
    }
}
