package io.cronkeeper.check;

import io.cronkeeper.store.Micros;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
        return jdbi.inTransaction(h -> {
            CheckDao dao = h.attach(CheckDao.class);
            if (!changes.unique().isEmpty() && changes.unique().stream().allMatch(changes::has)) {
                Optional<Check> match = dao.byProject(projectId).stream()
                    .filter(c -> changes.unique().stream().allMatch(f -> changes.sameAs(c, f)))
                    .findFirst();
                if (match.isPresent()) {
                    return new Upserted(update(dao, match.get(), changes), false);
                }
            }
            NewCheck fresh = changes.applyTo(NewCheck.defaults(UUID.randomUUID().toString(), projectId,
                UUID.randomUUID().toString(), Micros.of(clock.instant())));
            long id = dao.insert(fresh);
            return new Upserted(dao.byId(id).orElseThrow(), true);
        });
    }

    /** Applies the changes and recomputes {@code alert_after}; the stored status stays as it is. */
    private static Check update(CheckDao dao, Check check, CheckChanges changes) {
        dao.updateConfig(changes.applyTo(NewCheck.of(check)));
        Check updated = dao.byId(check.id()).orElseThrow();
        dao.setAlertAfter(check.id(), StatusRules.goingDownAfter(updated).map(Micros::of).orElse(null));
        return dao.byId(check.id()).orElseThrow();
    }

    public Optional<Check> byUuid(String uuid) {
        return jdbi.withExtension(CheckDao.class, dao -> dao.byUuid(uuid));
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
