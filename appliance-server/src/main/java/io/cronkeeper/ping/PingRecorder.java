package io.cronkeeper.ping;

import io.cronkeeper.channel.ChannelDao;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckDao;
import io.cronkeeper.check.NewCheck;
import io.cronkeeper.outbox.Outbox;
import io.cronkeeper.outbox.OutboxDao;
import io.cronkeeper.project.ProjectDao;
import io.cronkeeper.store.Micros;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import io.cronkeeper.store.Dialect;
import org.jdbi.v3.core.Handle;

/**
 * Records one ping inside the caller's transaction, in the order Healthchecks' views do it
 * (reference §1.5-§1.7): find the check, validate the exit status, choose the kind, validate
 * {@code rid}, apply the state change, store the ping, prune old pings.
 */
final class PingRecorder {
    private static final Pattern RID = Pattern.compile(
        "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", Pattern.CASE_INSENSITIVE);
    private static final Duration FLIP_RETENTION = Duration.ofDays(93);
    private static final int PRUNE_EVERY = 100;
    private static final int MAX_UA = 200;
    private static final int MAX_METHOD = 10;

    private final int pingLogLimit;

    PingRecorder(int pingLogLimit) {
        this.pingLogLimit = pingLogLimit;
    }

    /** The statements and DAOs of one open handle; the writer keeps one for its whole life. */
    record Daos(HotStatements hot, CheckCache cache, CheckWrites writes, BatchLocks locks, CheckDao checks,
                ProjectDao projects, OutboxDao outbox, ChannelDao channels) {
        static Daos attach(Handle h, Dialect dialect) {
            HotStatements hot = new HotStatements(h, dialect);
            return new Daos(hot, new CheckCache(hot), new CheckWrites(), BatchLocks.prepare(h, dialect),
                h.attach(CheckDao.class), h.attach(ProjectDao.class), h.attach(OutboxDao.class),
                h.attach(ChannelDao.class));
        }

        /** Before the commit: the batch's check rows (see {@link CheckWrites}). */
        void writeChecks() {
            writes.writeTo(hot::updatePingState);
        }

        /** After a rollback: neither the cached rows nor the pending writes happened. */
        void forgetBatch() {
            writes.discard();
            cache.forget();
        }
    }

    /** @param events receives what was recorded, to announce after commit */
    PingOutcome record(Daos daos, PingRequest request, Instant now, List<PingEvents.Recorded> events) {
        return switch (request.target()) {
            case PingTarget.ByUuid byUuid -> daos.cache().byUuid(byUuid.uuid())
                .map(check -> recordFor(daos, check, request, now, false, events))
                .orElse(PingOutcome.NOT_FOUND);
            case PingTarget.BySlug bySlug -> recordBySlug(daos, bySlug, request, now, events);
        };
    }

    private PingOutcome recordBySlug(Daos daos, PingTarget.BySlug target, PingRequest request, Instant now,
                                     List<PingEvents.Recorded> events) {
        if (!target.slug().equals(target.slug().toLowerCase(Locale.ROOT))) {
            return PingOutcome.INVALID_URL;
        }
        List<Check> found = daos.cache().bySlug(target.pingKey(), target.slug());
        if (found.size() > 1) {
            return PingOutcome.AMBIGUOUS_SLUG;
        }
        if (found.size() == 1) {
            return recordFor(daos, found.getFirst(), request, now, false, events);
        }
        if (!target.create()) {
            return PingOutcome.NOT_FOUND;
        }
        return autoProvision(daos, target, now)
            .map(check -> recordFor(daos, check, request, now, true, events))
            .orElse(PingOutcome.NOT_FOUND);
    }

    /**
     * {@code ?create=1}: a check named after the slug, with the defaults or the query's settings,
     * alerting every integration of its project.
     */
    private static Optional<Check> autoProvision(Daos daos, PingTarget.BySlug target, Instant now) {
        return daos.projects().projectByPingKey(target.pingKey()).map(project -> {
            NewCheck fresh = target.provisioning().settings().applyTo(NewCheck.defaults(UUID.randomUUID().toString(),
                project.id(), UUID.randomUUID().toString(), Micros.of(now)).withNameAndSlug(target.slug(), target.slug()));
            daos.checks().insert(fresh);
            Check created = daos.checks().byUuid(fresh.uuid()).orElseThrow();
            // Healthchecks' rule: a provisioned check alerts every integration of its project.
            daos.channels().assignAllOfProject(created.id(), project.id());
            daos.cache().created(created, target.pingKey());
            return created;
        });
    }

    private PingOutcome recordFor(Daos daos, Check check, PingRequest request, Instant now, boolean created,
                                  List<PingEvents.Recorded> events) {
        if (request.exitStatus() > 255) {
            return PingOutcome.INVALID_URL;
        }
        PingKind kind = chooseKind(check, request);
        Optional<String> rid = Optional.empty();
        if (request.rid().isPresent()) {
            if (!RID.matcher(request.rid().get()).matches()) {
                return PingOutcome.INVALID_UUID;
            }
            rid = Optional.of(request.rid().get().toLowerCase(Locale.ROOT));
        }
        PingTransition t = PingTransition.apply(check, kind, now, rid, request.mentionsConfirm());
        Check after = t.after();
        long nowMicros = Micros.of(now);
        daos.writes().changed(check, after);
        daos.cache().put(after);
        t.flip().ifPresent(f -> {
            long flipId = daos.hot().insertFlip(check.id(), nowMicros, f.oldStatus(), f.newStatus(), f.reason());
            Outbox.flipped(daos.outbox(), after, flipId, f.oldStatus(), f.newStatus(), now, now);
        });
        Integer exit = request.exitStatus() == PingRequest.NO_EXIT_STATUS ? null : request.exitStatus();
        String method = truncate(request.method(), MAX_METHOD);
        String ua = truncate(request.userAgent(), MAX_UA);
        daos.hot().insertPing(check.id(), after.nPings(), nowMicros, t.kind().stored().orElse(null), request.scheme(),
            request.remoteAddr().orElse(null), method, ua, request.body(), request.bodyReceived(), exit, rid.orElse(null));
        if (after.nPings() % PRUNE_EVERY == 0) {
            daos.hot().deletePingsUpTo(check.id(), after.nPings() - pingLogLimit);
            daos.hot().pruneFlips(check.id(), Micros.of(now.minus(FLIP_RETENTION)));
        }
        events.add(new PingEvents.Recorded(after, t.kind(), nowMicros, request, method, ua, rid.orElse(null), exit,
            t.flip(), created));
        return created ? PingOutcome.CREATED : PingOutcome.OK;
    }

    /** Exit status, then the POST-only rule, then keyword filters (reference §1.5 step 7). */
    private static PingKind chooseKind(Check check, PingRequest request) {
        PingKind kind = request.action();
        if (request.exitStatus() > 0) {
            kind = PingKind.FAIL;
        }
        if ("POST".equals(check.methods()) && !"POST".equals(request.method())) {
            return PingKind.IGN;
        }
        if (check.filterHttpBody()) {
            return KeywordFilter.classify(check, request.body());
        }
        return kind;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
