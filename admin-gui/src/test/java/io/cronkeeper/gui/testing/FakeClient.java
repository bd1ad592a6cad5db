package io.cronkeeper.gui.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cronkeeper.gui.client.AdminClient;
import io.cronkeeper.gui.client.ApiKey;
import io.cronkeeper.gui.client.Channel;
import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.DeliveryResult;
import io.cronkeeper.gui.client.Flip;
import io.cronkeeper.gui.client.Ping;
import io.cronkeeper.gui.client.PingBody;
import io.cronkeeper.gui.client.PingKey;
import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.client.Schedule;
import io.cronkeeper.gui.client.SchedulePreview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * An in-memory admin API for view model tests: it keeps what it is told, records each call's
 * fields, and can be told to refuse the next call with a given exception.
 */
public final class FakeClient implements AdminClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final List<Project> projects = new ArrayList<>();
    public final Map<String, Check> checks = new LinkedHashMap<>();
    public final Map<String, List<Ping>> pings = new HashMap<>();
    public final Map<String, PingBody> bodies = new HashMap<>();
    public final List<Channel> channels = new ArrayList<>();
    public final List<ApiKey> keys = new ArrayList<>();
    public final List<Map<String, Object>> sent = new ArrayList<>();
    /** The assign_to_all_checks flag of each channel creation, in order. */
    public final List<Boolean> assignedToAllOnCreate = new ArrayList<>();
    public List<String> kinds = List.of("webhook", "email");
    public Supplier<DeliveryResult> testResult = () -> {
        throw new ClientException.Unsupported("no admin API route POST /channels/x/test");
    };
    public final List<io.cronkeeper.gui.client.DeliveryAttempt> attempts = new ArrayList<>();
    /** Per check; a check not in the map has one flip, new to up. */
    public final Map<String, List<Flip>> flips = new HashMap<>();
    public final Map<String, List<io.cronkeeper.gui.client.Notification>> notifications = new HashMap<>();
    /** As a server from before the outbox, which has no notifications route. */
    public boolean withoutOutbox;
    public Supplier<SchedulePreview> preview = () -> {
        throw new ClientException.Unsupported("no admin API route POST /schedule-preview");
    };
    private Optional<ClientException> refuseNext = Optional.empty();
    private int counter;

    public void refuseNext(ClientException e) {
        refuseNext = Optional.of(e);
    }

    private void maybeRefuse() {
        Optional<ClientException> e = refuseNext;
        refuseNext = Optional.empty();
        if (e.isPresent()) {
            throw e.get();
        }
    }

    public static Project project(String uuid, String name) {
        return new Project(uuid, name, Optional.of("key-" + uuid), Optional.of("http://h/ping/key-" + uuid + "/"),
            new Project.Counts(0, 0, 0, 0, 0, 0));
    }

    public static Check check(String uuid, String project, String name, CheckStatus status, String... tags) {
        ObjectNode raw = JSON.createObjectNode().put("uuid", uuid).put("name", name);
        return new Check(uuid, project, name, name.toLowerCase().replace(' ', '-'), List.of(tags), "", status,
            new Schedule.Period(86400), 3600, Optional.empty(), Optional.empty(), Optional.empty(), 0,
            "http://h/ping/" + uuid, Optional.of("http://h/ping/key/" + name), List.of(), OptionalDouble.empty(), raw);
    }

    @Override
    public List<Project> projects() {
        maybeRefuse();
        return List.copyOf(projects);
    }

    @Override
    public Project createProject(String name) {
        maybeRefuse();
        Project p = project("p" + ++counter, name);
        projects.add(p);
        return p;
    }

    @Override
    public Project renameProject(String uuid, String name) {
        maybeRefuse();
        Project p = project(uuid, name);
        projects.replaceAll(x -> x.uuid().equals(uuid) ? p : x);
        return p;
    }

    @Override
    public Project deleteProject(String uuid) {
        maybeRefuse();
        Project p = projects.stream().filter(x -> x.uuid().equals(uuid)).findFirst().orElseThrow();
        projects.remove(p);
        return p;
    }

    @Override
    public PingKey pingKey(String project) {
        return new PingKey(Optional.of("key-" + project), Optional.empty());
    }

    @Override
    public PingKey rotatePingKey(String project) {
        maybeRefuse();
        return new PingKey(Optional.of("rotated-" + ++counter), Optional.of("http://h/ping/rotated-" + counter + "/"));
    }

    @Override
    public List<ApiKey> apiKeys(String project) {
        return List.copyOf(keys);
    }

    @Override
    public ApiKey createApiKey(String project, String name, boolean readOnly) {
        maybeRefuse();
        var key = new ApiKey(++counter, name, readOnly, readOnly ? "hcr_abcd" : "hcw_abcd", "2026-01-01T00:00:00+00:00",
            Optional.of((readOnly ? "hcr_" : "hcw_") + "secret" + counter));
        keys.add(new ApiKey(key.id(), name, readOnly, key.prefix(), key.created(), Optional.empty()));
        return key;
    }

    @Override
    public ApiKey revokeApiKey(String project, long id) {
        ApiKey k = keys.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        keys.remove(k);
        return k;
    }

    @Override
    public List<Check> checks() {
        maybeRefuse();
        return List.copyOf(checks.values());
    }

    @Override
    public Check check(String uuid) {
        return checks.get(uuid);
    }

    @Override
    public Check createCheck(String project, Map<String, Object> fields) {
        sent.add(fields);
        maybeRefuse();
        Check c = check("c" + ++counter, project, String.valueOf(fields.getOrDefault("name", "")), CheckStatus.NEW);
        checks.put(c.uuid(), c);
        return c;
    }

    @Override
    public Check updateCheck(String uuid, Map<String, Object> fields) {
        sent.add(fields);
        maybeRefuse();
        Check old = checks.get(uuid);
        Check c = check(uuid, old.project(), String.valueOf(fields.getOrDefault("name", old.name())), old.status());
        checks.put(uuid, c);
        return c;
    }

    @Override
    public Check deleteCheck(String uuid) {
        maybeRefuse();
        return checks.remove(uuid);
    }

    @Override
    public Check pause(String uuid) {
        return withStatus(uuid, CheckStatus.PAUSED);
    }

    @Override
    public Check resume(String uuid) {
        return withStatus(uuid, CheckStatus.NEW);
    }

    private Check withStatus(String uuid, CheckStatus status) {
        maybeRefuse();
        Check old = checks.get(uuid);
        Check c = check(uuid, old.project(), old.name(), status);
        checks.put(uuid, c);
        return c;
    }

    @Override
    public List<Ping> pings(String check) {
        maybeRefuse();
        return pings.getOrDefault(check, List.of());
    }

    @Override
    public PingBody pingBody(String check, long n) {
        maybeRefuse();
        return bodies.get(check + "/" + n);
    }

    @Override
    public List<Flip> flips(String check) {
        maybeRefuse();
        return List.copyOf(flips.getOrDefault(check, List.of(new Flip(Instant.EPOCH, "new", "up", ""))));
    }

    @Override
    public List<io.cronkeeper.gui.client.Notification> notifications(String check) {
        maybeRefuse();
        if (withoutOutbox) {
            throw new ClientException.Unsupported("no admin API route GET /checks/" + check + "/notifications");
        }
        return List.copyOf(notifications.getOrDefault(check, List.of()));
    }

    @Override
    public List<Channel> channels() {
        return List.copyOf(channels);
    }

    @Override
    public List<String> channelKinds() {
        maybeRefuse();
        return kinds;
    }

    @Override
    public Channel createChannel(String project, String name, String kind, Map<String, Object> config,
                                 boolean assignToAllChecks) {
        sent.add(config);
        maybeRefuse();
        var c = new Channel("ch" + ++counter, project, name, kind, JSON.valueToTree(config));
        channels.add(c);
        assignedToAllOnCreate.add(assignToAllChecks);
        if (assignToAllChecks) {
            assignToAllChecks(c.uuid());
        }
        return c;
    }

    @Override
    public io.cronkeeper.gui.client.AssignedToAll assignToAllChecks(String channel) {
        maybeRefuse();
        Channel c = channels.stream().filter(x -> x.uuid().equals(channel)).findFirst()
            .orElseThrow(() -> new ClientException.Rejected(404, "no channel " + channel));
        int added = 0;
        for (Check check : List.copyOf(checks.values())) {
            if (check.project().equals(c.project()) && !check.channels().contains(channel)) {
                var all = new ArrayList<>(check.channels());
                all.add(channel);
                checks.put(check.uuid(), withChannels(check, all));
                added++;
            }
        }
        return new io.cronkeeper.gui.client.AssignedToAll(c, added);
    }

    @Override
    public Channel updateChannel(String uuid, String name, Map<String, Object> config) {
        sent.add(config);
        maybeRefuse();
        Channel old = channels.stream().filter(c -> c.uuid().equals(uuid)).findFirst().orElseThrow();
        var c = new Channel(uuid, old.project(), name, old.kind(), JSON.valueToTree(config));
        channels.replaceAll(x -> x.uuid().equals(uuid) ? c : x);
        return c;
    }

    @Override
    public Channel deleteChannel(String uuid) {
        Channel c = channels.stream().filter(x -> x.uuid().equals(uuid)).findFirst().orElseThrow();
        channels.remove(c);
        return c;
    }

    @Override
    public Check assignChannels(String check, List<String> channelUuids) {
        sent.add(Map.of("channels", channelUuids));
        Check c = withChannels(checks.get(check), channelUuids);
        checks.put(check, c);
        return c;
    }

    private static Check withChannels(Check old, List<String> channelUuids) {
        return new Check(old.uuid(), old.project(), old.name(), old.slug(), old.tags(), old.desc(), old.status(),
            old.schedule(), old.grace(), old.lastPing(), old.nextPing(), old.alertAfter(), old.nPings(), old.pingUrl(),
            old.pingUrlSlug(), List.copyOf(channelUuids), old.lastDuration(), old.raw());
    }

    @Override
    public DeliveryResult testChannel(String uuid) {
        return testResult.get();
    }

    @Override
    public List<io.cronkeeper.gui.client.DeliveryAttempt> attempts(String channel) {
        return List.copyOf(attempts);
    }

    @Override
    public List<io.cronkeeper.gui.client.BadgeSet> badges(String project) {
        maybeRefuse();
        var tags = new java.util.TreeSet<String>();
        checks.values().stream().filter(c -> c.project().equals(project)).forEach(c -> tags.addAll(c.tags()));
        var out = new ArrayList<io.cronkeeper.gui.client.BadgeSet>();
        out.add(badgeSet(project, "*"));
        tags.forEach(t -> out.add(badgeSet(project, t)));
        return out;
    }

    private static io.cronkeeper.gui.client.BadgeSet badgeSet(String project, String tag) {
        String base = "http://h/badge/" + project + "/sig" + (tag.equals("*") ? "" : "/" + tag);
        return new io.cronkeeper.gui.client.BadgeSet(tag, base + ".svg", base + ".json", base + ".shields",
            base + "-3.svg", base + "-3.json", base + "-3.shields");
    }

    @Override
    public SchedulePreview previewSchedule(String schedule, String tz) {
        return preview.get();
    }
}
