package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.channel.Channel;
import io.cronkeeper.channel.ChannelKind;
import io.cronkeeper.channel.ChannelService;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectAdmin;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Integrations ("channels") of every project, and which of them a check alerts. */
final class ChannelRoutes implements HttpService {
    private static final int MAX_NAME = 100;

    private final ChannelService channels;
    private final CheckService checks;
    private final ProjectAdmin projects;
    private final Lookup lookup;
    private final CheckView checkView;
    private final AdminEvents events;

    ChannelRoutes(ChannelService channels, CheckService checks, ProjectAdmin projects, Lookup lookup,
                  CheckView checkView, AdminEvents events) {
        this.channels = channels;
        this.checks = checks;
        this.projects = projects;
        this.lookup = lookup;
        this.checkView = checkView;
        this.events = events;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/channels", Methods.allow().get(this::list))
            .any("/projects/{project}/channels", Methods.allow().post(this::create))
            .any("/channels/{channel}", Methods.allow().get(this::show).patch(this::update).delete(this::delete))
            .any("/channels/{channel}/assign-all", Methods.allow().post(this::assignAll))
            .any("/checks/{check}/channels", Methods.allow().get(this::ofCheck).put(this::assign));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Optional<Project> project = lookup.projectFilter(req);
        List<Channel> found = project.map(p -> channels.byProject(p.id())).orElseGet(channels::all);
        AdminJson.send(res, Map.of("channels", json(found)));
    }

    private void create(ServerRequest req, ServerResponse res) throws IOException {
        JsonNode body = Requests.body(req);
        String name = channelName(body).orElse("");
        ChannelKind kind = Requests.optionalString(body, "kind")
            .map(k -> ChannelKind.parse(k).orElseThrow(() -> AdminException.badRequest(
                "\"kind\" must be one of: " + ChannelKind.wireNames())))
            .orElseThrow(() -> AdminException.badRequest("\"kind\" is required, one of: " + ChannelKind.wireNames()));
        JsonNode config = Requests.optionalObject(body, "config")
            .orElseThrow(() -> AdminException.badRequest("\"config\" is required, an object"));
        boolean assignToAll = Requests.optionalBool(body, "assign_to_all_checks").orElse(true);
        validate(kind, config);
        Project project = lookup.project(req);
        ChannelService.Assigned created = channels.create(project.id(), name, kind, config.toString(), assignToAll);
        changed(res, Status.CREATED_201, "created", created.channel());
        announceChecks(created.channel(), created.newlyAssignedChecks());
    }

    /**
     * Assigns the channel to every check of its project that lacks it; answers the channel with
     * {@code checks_assigned}, how many checks newly alert it.
     */
    private void assignAll(ServerRequest req, ServerResponse res) throws IOException {
        Requests.body(req);
        Channel channel = lookup.channel(req);
        ChannelService.Assigned assigned = channels.assignToAllChecks(channel)
            .orElseThrow(() -> Lookup.gone("channel", channel.uuid()));
        Map<String, Object> json = new LinkedHashMap<>(json(List.of(assigned.channel())).getFirst());
        json.put("checks_assigned", assigned.newlyAssignedChecks().size());
        AdminJson.send(res, json);
        announceChecks(assigned.channel(), assigned.newlyAssignedChecks());
    }

    /** Every open app redraws the checks whose channels changed. */
    private void announceChecks(Channel channel, List<Long> checkIds) {
        if (checkIds.isEmpty()) {
            return;
        }
        var ids = java.util.Set.copyOf(checkIds);
        for (Check check : checks.list(channel.projectId(), List.of(), Optional.empty())) {
            if (ids.contains(check.id())) {
                events.check("updated", check, checkView.of(check));
            }
        }
    }

    private void show(ServerRequest req, ServerResponse res) {
        AdminJson.send(res, json(List.of(lookup.channel(req))).getFirst());
    }

    /** Name and config can change; the kind cannot, as alerts already sent were of that kind. */
    private void update(ServerRequest req, ServerResponse res) throws IOException {
        JsonNode body = Requests.body(req);
        Channel channel = lookup.channel(req);
        Requests.optionalString(body, "kind").filter(k -> !k.equals(channel.kind())).ifPresent(k -> {
            throw AdminException.badRequest("\"kind\" cannot be changed; create a new channel instead");
        });
        String name = channelName(body).orElse(channel.name());
        Optional<JsonNode> config = Requests.optionalObject(body, "config");
        config.ifPresent(c -> validate(ChannelKind.parse(channel.kind()).orElseThrow(), c));
        Channel updated = channels.update(channel, name, config.map(JsonNode::toString).orElse(channel.config()))
            .orElseThrow(() -> Lookup.gone("channel", channel.uuid()));
        changed(res, Status.OK_200, "updated", updated);
    }

    /** Checks that used it simply stop alerting there. */
    private void delete(ServerRequest req, ServerResponse res) {
        Channel channel = lookup.channel(req);
        Map<String, Object> json = json(List.of(channel)).getFirst();
        if (!channels.delete(channel)) {
            throw Lookup.gone("channel", channel.uuid());
        }
        events.channel("deleted", channel, json);
        AdminJson.send(res, json);
    }

    private void ofCheck(ServerRequest req, ServerResponse res) {
        AdminJson.send(res, Map.of("channels", json(channels.ofCheck(lookup.check(req)))));
    }

    /** {@code {"channels": [uuid, ...]}} replaces the check's channels; answers the updated check. */
    private void assign(ServerRequest req, ServerResponse res) throws IOException {
        List<String> uuids = uuidList(Requests.body(req));
        Check check = lookup.check(req);
        try {
            channels.assign(check, uuids);
        } catch (ChannelService.InvalidAssignment e) {
            throw AdminException.badRequest(e.getMessage());
        }
        Map<String, Object> json = checkView.of(check);
        events.check("updated", check, json);
        AdminJson.send(res, json);
    }

    private static List<String> uuidList(JsonNode body) {
        JsonNode list = body.get("channels");
        if (list == null || !list.isArray()) {
            throw AdminException.badRequest("\"channels\" is required, an array of channel uuids");
        }
        List<String> uuids = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                throw AdminException.badRequest("\"channels\" must contain only channel uuids (strings)");
            }
            uuids.add(item.asText());
        }
        return uuids;
    }

    private static Optional<String> channelName(JsonNode body) {
        Optional<String> name = Requests.optionalString(body, "name");
        name.filter(n -> n.codePointCount(0, n.length()) > MAX_NAME).ifPresent(n -> {
            throw AdminException.badRequest("\"name\" must be at most " + MAX_NAME + " characters");
        });
        return name;
    }

    private static void validate(ChannelKind kind, JsonNode config) {
        kind.problemWith(config).ifPresent(problem -> {
            throw AdminException.badRequest(problem);
        });
    }

    private void changed(ServerResponse res, Status status, String action, Channel channel) {
        Map<String, Object> json = json(List.of(channel)).getFirst();
        events.channel(action, channel, json);
        res.status(status);
        AdminJson.send(res, json);
    }

    private List<Map<String, Object>> json(List<Channel> list) {
        Map<Long, String> projectUuids = projects.list().stream()
            .collect(Collectors.toMap(Project::id, Project::uuid));
        return list.stream().map(c -> AdminJson.channel(c, projectUuids.get(c.projectId()))).toList();
    }
}
