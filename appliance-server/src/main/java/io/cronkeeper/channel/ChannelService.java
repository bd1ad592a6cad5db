package io.cronkeeper.channel;

import io.cronkeeper.check.Check;
import io.cronkeeper.store.Micros;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Integrations of every project and their assignment to checks, for the admin app. */
public final class ChannelService {
    private final Jdbi jdbi;
    private final Clock clock;

    public ChannelService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** An assignment that names a channel the check cannot use; nothing has been saved. */
    public static final class InvalidAssignment extends RuntimeException {
        InvalidAssignment(String message) {
            super(message, null, false, false);
        }
    }

    public List<Channel> all() {
        return jdbi.withExtension(ChannelDao.class, ChannelDao::all);
    }

    public List<Channel> byProject(long projectId) {
        return jdbi.withExtension(ChannelDao.class, dao -> dao.byProject(projectId));
    }

    public Optional<Channel> byUuid(String uuid) {
        return jdbi.withExtension(ChannelDao.class, dao -> dao.byUuid(uuid));
    }

    /** A channel and the ids of the checks it was just assigned to. */
    public record Assigned(Channel channel, List<Long> newlyAssignedChecks) {
    }

    /**
     * @param config the kind's settings as a JSON object, already validated
     * @param assignToAllChecks whether every existing check of the project alerts it too, in the
     *                          same transaction (Healthchecks' form default: a new integration
     *                          that no check uses alerts nobody)
     */
    public Assigned create(long projectId, String name, ChannelKind kind, String config, boolean assignToAllChecks) {
        return jdbi.inTransaction(h -> {
            ChannelDao dao = h.attach(ChannelDao.class);
            String uuid = UUID.randomUUID().toString();
            dao.insert(uuid, projectId, name, kind.wire(), config, Micros.of(clock.instant()));
            Channel channel = dao.byUuid(uuid).orElseThrow();
            return new Assigned(channel, assignToAllChecks ? assignToAll(dao, channel) : List.of());
        });
    }

    /** Assigns the channel to every check of its project; empty when the channel is gone. */
    public Optional<Assigned> assignToAllChecks(Channel channel) {
        return jdbi.inTransaction(h -> {
            ChannelDao dao = h.attach(ChannelDao.class);
            return dao.byUuid(channel.uuid()).map(current -> new Assigned(current, assignToAll(dao, current)));
        });
    }

    private static List<Long> assignToAll(ChannelDao dao, Channel channel) {
        List<Long> missing = dao.checksWithout(channel.id(), channel.projectId());
        dao.assignToAllChecks(channel.id(), channel.projectId());
        return missing;
    }

    public Optional<Channel> update(Channel channel, String name, String config) {
        return jdbi.inTransaction(h -> {
            ChannelDao dao = h.attach(ChannelDao.class);
            dao.update(channel.id(), name, config);
            return dao.byUuid(channel.uuid());
        });
    }

    /** Its assignments go with it. Returns whether it still existed. */
    public boolean delete(Channel channel) {
        return jdbi.inTransaction(h -> {
            ChannelDao dao = h.attach(ChannelDao.class);
            boolean existed = dao.byUuid(channel.uuid()).isPresent();
            dao.delete(channel.id());
            return existed;
        });
    }

    /** The check's channel UUIDs, sorted. */
    public List<String> uuidsOfCheck(Check check) {
        return jdbi.withExtension(ChannelDao.class, dao -> dao.uuidsOfCheck(check.id()));
    }

    /** The v3 {@code channels} field: the check's channel UUIDs, sorted and comma-separated. */
    public String channelsField(Check check) {
        return String.join(",", uuidsOfCheck(check));
    }

    /** {@link #channelsField} for every check of a project that has channels, in one query. */
    public Map<Long, String> channelsFieldByCheck(long projectId) {
        var lists = new HashMap<Long, StringBuilder>();
        for (ChannelDao.Assignment a : jdbi.withExtension(ChannelDao.class, dao -> dao.assignmentsOfProject(projectId))) {
            StringBuilder sb = lists.computeIfAbsent(a.checkId(), k -> new StringBuilder());
            sb.append(sb.isEmpty() ? "" : ",").append(a.uuid());
        }
        var out = new HashMap<Long, String>();
        lists.forEach((id, sb) -> out.put(id, sb.toString()));
        return out;
    }

    public List<Channel> ofCheck(Check check) {
        return jdbi.withExtension(ChannelDao.class, dao -> dao.ofCheck(check.id()));
    }

    /**
     * Replaces the check's assignments with the named channels (duplicates collapse). Every one
     * must exist and belong to the check's project: alerts never cross projects.
     */
    public List<Channel> assign(Check check, List<String> channelUuids) {
        return jdbi.inTransaction(h -> {
            ChannelDao dao = h.attach(ChannelDao.class);
            var ids = new LinkedHashSet<Long>();
            for (String uuid : channelUuids) {
                Channel channel = dao.byUuid(uuid)
                    .orElseThrow(() -> new InvalidAssignment("no channel with uuid " + uuid));
                if (channel.projectId() != check.projectId()) {
                    throw new InvalidAssignment("channel " + uuid + " belongs to another project than the check");
                }
                ids.add(channel.id());
            }
            dao.setForCheck(check.id(), List.copyOf(ids));
            return dao.ofCheck(check.id());
        });
    }

    /** Replaces the check's assignments by already resolved channel ids of its project. */
    public void setForCheck(Check check, List<Long> channelIds) {
        jdbi.useTransaction(h -> h.attach(ChannelDao.class).setForCheck(check.id(), channelIds));
    }
}
