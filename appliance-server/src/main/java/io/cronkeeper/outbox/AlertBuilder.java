package io.cronkeeper.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.alert.Alert;
import io.cronkeeper.api.ApiShapes;
import io.cronkeeper.channel.Channel;
import io.cronkeeper.channel.ChannelDao;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckDao;
import io.cronkeeper.check.Flip;
import io.cronkeeper.check.FlipDao;
import io.cronkeeper.ping.PingDao;
import io.cronkeeper.ping.StoredPing;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectDao;
import io.cronkeeper.store.Micros;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Handle;

/** Gathers what an alert says from the stored check, its project, its flip and its last pings. */
final class AlertBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Enough recent pings to find the one that failed behind a few log or start pings. */
    private static final int PINGS_TO_SEARCH = 10;

    private final String siteRoot;
    private final String pingEndpoint;

    AlertBuilder(String siteRoot, String pingEndpoint) {
        this.siteRoot = siteRoot;
        this.pingEndpoint = pingEndpoint;
    }

    /** The alert and where it goes; empty when its check, flip or channel is gone. */
    record Addressed(Alert alert, Channel channel) {
    }

    Optional<Addressed> build(Handle h, Notification n) {
        Optional<Check> check = h.attach(CheckDao.class).byId(n.checkId());
        Optional<Flip> flip = h.attach(FlipDao.class).byId(n.flipId());
        Optional<Channel> channel = h.attach(ChannelDao.class).byId(n.channelId());
        if (check.isEmpty() || flip.isEmpty() || channel.isEmpty()) {
            return Optional.empty();
        }
        boolean nag = n.kind().equals(Outbox.NAG);
        String status = nag ? "down" : flip.get().newStatus();
        String reason = nag ? "nag" : flip.get().reason();
        Alert alert = alert(h, check.get(), status, reason, Micros.toInstant(n.due()));
        return Optional.of(new Addressed(alert, channel.get()));
    }

    /** The alert a "send test notification" request sends, about a check of the channel's project if any. */
    Alert test(Handle h, Channel channel, Instant now) {
        List<Check> checks = h.attach(CheckDao.class).byProject(channel.projectId());
        if (!checks.isEmpty()) {
            return alert(h, checks.getFirst(), "down", "test", now);
        }
        String project = h.attach(ProjectDao.class).projectById(channel.projectId()).map(Project::name).orElse("");
        return new Alert("00000000-0000-0000-0000-000000000000", "Test check", "test-check", List.of(), project,
            "down", "test", now, Optional.empty(), Optional.empty(), "", OptionalInt.empty(), "{}", siteRoot);
    }

    private Alert alert(Handle h, Check c, String status, String reason, Instant at) {
        String project = h.attach(ProjectDao.class).projectById(c.projectId()).map(Project::name).orElse("");
        List<StoredPing> recent = h.attach(PingDao.class).newest(c.id(), PINGS_TO_SEARCH);
        Optional<StoredPing> telling = recent.stream()
            .filter(p -> p.kind() == null || p.kind().equals("fail")).findFirst()
            .or(() -> recent.stream().findFirst());
        String body = telling.map(p -> p.body() == null ? "" : new String(p.body(), StandardCharsets.UTF_8)).orElse("");
        OptionalInt exit = telling.map(StoredPing::exitstatus).map(OptionalInt::of).orElse(OptionalInt.empty());
        List<String> tags = Arrays.stream(c.tags().split(" ")).filter(t -> !t.isBlank()).toList();
        String channels = String.join(",", h.attach(ChannelDao.class).uuidsOfCheck(c.id()));
        return new Alert(c.uuid(), c.name(), c.slug(), tags, project, status, reason, at, c.lastPingAt(),
            telling.map(p -> p.pingKind().wire()), body, exit, checkJson(c, at, channels),
            siteRoot + "/api/admin/v1/checks/" + c.uuid());
    }

    private String checkJson(Check c, Instant now, String channels) {
        try {
            return JSON.writeValueAsString(ApiShapes.checkJson(siteRoot, pingEndpoint, c, now, channels));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
