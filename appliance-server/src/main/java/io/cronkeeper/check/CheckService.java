package io.cronkeeper.check;

import io.cronkeeper.channel.ChannelDao;
import io.cronkeeper.channel.ChannelSelector;
import io.cronkeeper.store.Micros;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Creating, finding and listing checks for the APIs. */
public final class CheckService {
    private final Jdbi jdbi;
    private final Clock clock;

    public CheckService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The check and whether it was created (false: an existing one matched {@code unique}). */
    public record Upserted(Check check, boolean created) {
    }

    public Upserted create(long projectId, CheckChanges changes) {
        return create(projectId, CheckEdit.of(changes));
    }

    /**
     * Creates a check, or updates the first one matching {@code unique}. A bad channel selector
     * fails the whole transaction, so nothing is saved.
     */
    public Upserted create(long projectId, CheckEdit edit) {
        return create(projectId, edit, false);
    }

    /**
     * @param allChannelsIfUnsaid whether a new check made without a {@code channels} selector
     *                            alerts every integration of its project (the admin API, and
     *                            Healthchecks' web form) rather than none (v3, as Healthchecks' API)
     */
    public Upserted create(long projectId, CheckEdit edit, boolean allChannelsIfUnsaid) {
        CheckChanges changes = edit.changes();
        return jdbi.inTransaction(h -> {
            CheckDao dao = h.attach(CheckDao.class);
            Optional<List<Long>> channelIds = resolveChannels(h, projectId, edit.channels());
            if (!changes.unique().isEmpty() && changes.unique().stream().allMatch(changes::has)) {
                // On PostgreSQL, two such requests (on one node or two) would both miss the match and both insert.
                dao.lockProject(projectId);
                Optional<Check> match = dao.byProject(projectId).stream()
                    .filter(c -> changes.unique().stream().allMatch(f -> changes.sameAs(c, f)))
                    .findFirst();
                if (match.isPresent()) {
                    return new Upserted(update(h, match.get(), edit, channelIds), false);
                }
            }
            NewCheck fresh = edit.applyTo(NewCheck.defaults(UUID.randomUUID().toString(), projectId,
                UUID.randomUUID().toString(), Micros.of(clock.instant())));
            dao.insert(fresh);
            Check created = dao.byUuid(fresh.uuid()).orElseThrow();
            if (channelIds.isPresent()) {
                h.attach(ChannelDao.class).setForCheck(created.id(), channelIds.get());
            } else if (allChannelsIfUnsaid) {
                h.attach(ChannelDao.class).assignAllOfProject(created.id(), projectId);
            }
            return new Upserted(created, true);
        });
    }

    /** Applies the changes and recomputes {@code alert_after}; the stored status stays as it is. */
    private Check update(Handle h, Check check, CheckEdit edit, Optional<List<Long>> channelIds) {
        CheckDao dao = h.attach(CheckDao.class);
        dao.updateConfig(edit.applyTo(NewCheck.of(check)));
        Check updated = dao.byId(check.id()).orElseThrow();
        dao.setAlertAfter(check.id(), StatusRules.goingDownAfter(updated).map(Micros::of).orElse(null));
        if (updated.storedStatus() == StoredStatus.DOWN && !updated.alerting().equals(check.alerting())) {
            // A new snooze or repeat interval for a check that is down already: restart its reminders.
            dao.setNextNag(check.id(), Nags.firstAfterDown(updated, clock.instant()));
        }
        channelIds.ifPresent(ids -> h.attach(ChannelDao.class).setForCheck(check.id(), ids));
        return dao.byId(check.id()).orElseThrow();
    }

    /** Update: only the given fields change, the stored status is kept, {@code alert_after} recomputed. */
    public Optional<Check> update(Check check, CheckChanges changes) {
        return update(check, CheckEdit.of(changes));
    }

    /** Empty when the check was deleted meanwhile; a bad channel selector saves nothing. */
    public Optional<Check> update(Check check, CheckEdit edit) {
        return jdbi.inTransaction(h -> {
            Optional<Check> current = h.attach(CheckDao.class).byId(check.id());
            if (current.isEmpty()) {
                return current;
            }
            Optional<List<Long>> channelIds = resolveChannels(h, current.get().projectId(), edit.channels());
            return Optional.of(update(h, current.get(), edit, channelIds));
        });
    }

    private static Optional<List<Long>> resolveChannels(Handle h, long projectId, Optional<String> selector) {
        return selector.map(s -> ChannelSelector.resolve(s, h.attach(ChannelDao.class).byProject(projectId)));
    }

    /** Returns whether the check still existed. */
    public boolean delete(Check check) {
        return jdbi.inTransaction(h -> {
            CheckDao dao = h.attach(CheckDao.class);
            boolean existed = dao.byId(check.id()).isPresent();
            dao.delete(check.id());
            return existed;
        });
    }

    /** Pausing an already paused check changes nothing (reference §3.5). */
    public Optional<Check> pause(Check check) {
        return jdbi.inTransaction(h -> {
            CheckDao dao = h.attach(CheckDao.class);
            Optional<Check> current = dao.byId(check.id());
            if (current.isPresent() && current.get().storedStatus() != StoredStatus.PAUSED) {
                h.attach(FlipDao.class).insertProcessed(check.id(), Micros.of(clock.instant()),
                    current.get().status(), StoredStatus.PAUSED.wire());
                dao.setPausedState(check.id(), StoredStatus.PAUSED.wire(), false);
            }
            return dao.byId(check.id());
        });
    }

    /** Thrown by {@link #resume} for a check that is not paused. */
    public static final class NotPaused extends RuntimeException {
        NotPaused() {
            super("check is not paused", null, false, false);
        }
    }

    /** Resume: back to {@code new}, forgetting the last ping, so the check waits for its next ping. */
    public Optional<Check> resume(Check check) {
        return jdbi.inTransaction(h -> {
            CheckDao dao = h.attach(CheckDao.class);
            Optional<Check> current = dao.byId(check.id());
            if (current.isEmpty()) {
                return current;
            }
            if (current.get().storedStatus() != StoredStatus.PAUSED) {
                throw new NotPaused();
            }
            h.attach(FlipDao.class).insertProcessed(check.id(), Micros.of(clock.instant()),
                StoredStatus.PAUSED.wire(), StoredStatus.NEW.wire());
            dao.setPausedState(check.id(), StoredStatus.NEW.wire(), true);
            return dao.byId(check.id());
        });
    }

    /** Flips newest first with {@code from <= created < until}. */
    public List<Flip> flips(Check check, java.time.Instant from, java.time.Instant until) {
        return jdbi.withExtension(FlipDao.class, dao -> dao.between(check.id(), Micros.of(from), Micros.of(until)));
    }

    /** Every check of every project, for the admin app. */
    public List<Check> all() {
        return jdbi.withExtension(CheckDao.class, CheckDao::all);
    }

    public Optional<Check> byUuid(String uuid) {
        return jdbi.withExtension(CheckDao.class, dao -> dao.byUuid(uuid));
    }

    /** The per-check badge names its check by this key, so the badge URL does not reveal the ping URL. */
    public Optional<Check> byBadgeKey(String badgeKey) {
        return jdbi.withExtension(CheckDao.class, dao -> dao.byBadgeKey(badgeKey));
    }

    /** {@code ?tag=} filters (a check must carry all of them) and {@code ?slug=}. */
    public List<Check> list(long projectId, List<String> tags, Optional<String> slug) {
        List<Check> all = jdbi.withExtension(CheckDao.class, dao -> dao.byProject(projectId));
        return all.stream()
            .filter(c -> slug.map(c.slug()::equals).orElse(true))
            .filter(c -> tagsOf(c).containsAll(tags))
            .toList();
    }

    /** Read-only keys name checks by {@code unique_key}; only their own project is searched. */
    public Optional<Check> byUniqueKey(long projectId, String uniqueKey) {
        return jdbi.withExtension(CheckDao.class, dao -> dao.byProject(projectId)).stream()
            .filter(c -> UniqueKey.of(c.uuid()).equals(uniqueKey))
            .findFirst();
    }

    public static Set<String> tagsOf(Check c) {
        return Set.copyOf(Arrays.stream(c.tags().split(" ")).filter(t -> !t.isEmpty()).toList());
    }
}
