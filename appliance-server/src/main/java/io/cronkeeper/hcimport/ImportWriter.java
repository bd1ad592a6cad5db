package io.cronkeeper.hcimport;

import io.cronkeeper.channel.Channel;
import io.cronkeeper.channel.ChannelDao;
import io.cronkeeper.channel.ChannelKind;
import io.cronkeeper.check.AlertOptions;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckDao;
import io.cronkeeper.check.NewCheck;
import io.cronkeeper.check.Schedule;
import io.cronkeeper.check.StatusRules;
import io.cronkeeper.store.Micros;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a {@link Snapshot} in one transaction: checks matched by UUID are updated (their status,
 * pings and alert options here are kept), new ones start {@code new} or {@code paused}; integrations
 * keep Healthchecks' ids. A dry run does the same writes and rolls them back, so its plan is exact.
 */
final class ImportWriter {
    private final Jdbi jdbi;
    private final Clock clock;
    private final String pingEndpoint;
    private final Progress progress;

    ImportWriter(Jdbi jdbi, Clock clock, String pingEndpoint, Progress progress) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.pingEndpoint = pingEndpoint;
        this.progress = progress;
    }

    /** Carries a dry run's report out of the transaction that it rolls back. */
    private static final class DryRun extends RuntimeException {
        private final transient ImportReport report;

        DryRun(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    ImportReport write(Snapshot s, String host, ImportOptions o, List<String> fetchNotes) {
        try {
            return jdbi.inTransaction(h -> {
                ImportReport report = new Run(h, s, o, fetchNotes).go(host);
                if (o.dryRun()) {
                    throw new DryRun(report);
                }
                return report;
            });
        } catch (DryRun d) {
            return d.report;
        }
    }

    private final class Run {
        private final Handle h;
        private final Snapshot s;
        private final ImportOptions o;
        private final List<String> notes;
        private final Instant now = clock.instant();
        private final CheckDao checks;
        private final ChannelDao channels;
        private final ImportDao imports;

        Run(Handle h, Snapshot s, ImportOptions o, List<String> fetchNotes) {
            this.h = h;
            this.s = s;
            this.o = o;
            this.notes = new ArrayList<>(fetchNotes);
            this.checks = h.attach(CheckDao.class);
            this.channels = h.attach(ChannelDao.class);
            this.imports = h.attach(ImportDao.class);
        }

        ImportReport go(String host) {
            Map<String, Check> existing = new LinkedHashMap<>();
            s.checks().forEach(r -> checks.byUuid(r.uuid()).ifPresent(c -> existing.put(r.uuid(), c)));
            TargetProject.Chosen target = TargetProject.choose(h, o.projectName(), host, existing, o.pingKey(), now);
            long projectId = target.project().id();
            Map<String, Long> channelIds = new HashMap<>();
            List<ImportReport.Integration> integrations = channels(projectId, channelIds);
            List<ImportReport.CheckLine> lines = new ArrayList<>();
            int[] history = new int[3];
            for (int i = 0; i < s.checks().size(); i++) {
                progress.update("writing", i, s.checks().size());
                RemoteCheck r = s.checks().get(i);
                long id = existing.containsKey(r.uuid()) ? update(existing.get(r.uuid()), r) : insert(projectId, r);
                r.channelIds().stream().map(channelIds::get).filter(java.util.Objects::nonNull).forEach(c -> channels.assign(id, c));
                lines.add(new ImportReport.CheckLine(r.uuid(), r.name(), r.slug(), !existing.containsKey(r.uuid()), r.paused()));
                history(id, s.history().getOrDefault(r.uuid(), RemoteHistory.NONE), history);
            }
            progress.update("writing", s.checks().size(), s.checks().size());
            duplicateSlugs();
            String base = pingEndpoint + target.project().pingKey() + "/";
            return new ImportReport(o.dryRun(), s.apiVersion(), target.project().uuid(), target.project().name(),
                target.created(), !o.pingKey().isEmpty(), base, lines, integrations,
                new ImportReport.History(history[0], history[1], history[2]), notes,
                NextSteps.of(s, o, integrations, base, pingEndpoint));
        }

        private List<ImportReport.Integration> channels(long projectId, Map<String, Long> ids) {
            List<ImportReport.Integration> out = new ArrayList<>();
            for (RemoteChannel rc : s.channels()) {
                int users = (int) s.checks().stream().filter(c -> c.channelIds().contains(rc.id())).count();
                Optional<ChannelKind> kind = IntegrationKinds.ours(rc.kind());
                Optional<Channel> here = channels.byUuid(rc.id());
                if (here.isPresent() && here.get().projectId() != projectId) {
                    throw new HcImportException(HcImportException.Reason.CONFLICT, "integration " + rc.id() + " (" + ImportReport.display(rc.name())
                        + ") already exists here in another project; delete it there or import into that project");
                }
                ImportReport.Outcome outcome;
                if (here.isPresent()) {
                    ids.put(rc.id(), here.get().id());
                    outcome = ImportReport.Outcome.PRESENT;
                } else if (kind.isPresent()) {
                    imports.insertChannelNeedingSettings(rc.id(), projectId, rc.name(), kind.get().wire(), Micros.of(now));
                    ids.put(rc.id(), channels.byUuid(rc.id()).orElseThrow().id());
                    outcome = ImportReport.Outcome.CREATED;
                } else {
                    outcome = ImportReport.Outcome.SKIPPED;
                }
                out.add(new ImportReport.Integration(rc.id(), rc.name(), rc.kind(), kind.map(ChannelKind::wire).orElse(""),
                    outcome, kind.map(IntegrationKinds::toEnter).orElse(""), users));
            }
            return out;
        }

        private long insert(long projectId, RemoteCheck r) {
            checks.insert(fields(r, projectId, UUID.randomUUID().toString(), Micros.of(now), AlertOptions.DEFAULTS));
            long id = checks.byUuid(r.uuid()).orElseThrow().id();
            if (r.paused()) {
                imports.markPaused(id);
            }
            return id;
        }

        /** The settings follow Healthchecks; status, pings and alert options stay as they are here. */
        private long update(Check c, RemoteCheck r) {
            checks.updateConfig(fields(r, c.projectId(), c.badgeKey(), c.created(), c.alerting()));
            Check updated = checks.byId(c.id()).orElseThrow();
            checks.setAlertAfter(c.id(), StatusRules.goingDownAfter(updated).map(Micros::of).orElse(null));
            return c.id();
        }

        private void history(long checkId, RemoteHistory rh, int[] counts) {
            long maxN = 0;
            for (RemoteHistory.Ping p : rh.pings()) {
                byte[] body = rh.bodies().get(p.n());
                String kind = p.type().equals("success") ? null : p.type();
                if (imports.insertPing(checkId, p.n(), Micros.of(p.date()), kind, p.scheme(), p.remoteAddr(),
                    p.method(), p.ua(), body, p.rid().isEmpty() ? null : p.rid()) > 0) {
                    counts[0]++;
                    counts[1] += body == null ? 0 : 1;
                }
                maxN = Math.max(maxN, p.n());
            }
            if (maxN > 0) {
                imports.raisePingCount(checkId, maxN);
            }
            String old = "new";
            for (RemoteHistory.Flip f : rh.flips().reversed()) {
                String next = f.up() ? "up" : "down";
                long at = Micros.of(f.timestamp());
                if (imports.countFlips(checkId, at, next) == 0) {
                    imports.insertFlip(checkId, at, old, next);
                    counts[2]++;
                }
                old = next;
            }
        }

        private void duplicateSlugs() {
            Map<String, Integer> bySlug = new LinkedHashMap<>();
            s.checks().stream().filter(c -> !c.slug().isEmpty()).forEach(c -> bySlug.merge(c.slug(), 1, Integer::sum));
            bySlug.forEach((slug, n) -> {
                if (n > 1) {
                    notes.add(n + " checks have the slug \"" + slug + "\": its slug URL answers 409 (ambiguous), "
                        + "as on Healthchecks; their UUID URLs work");
                }
            });
        }
    }

    static NewCheck fields(RemoteCheck r, long projectId, String badgeKey, long created, AlertOptions alerting) {
        RemoteCheck.Keywords k = r.keywords();
        String kind;
        int timeout = 86400;
        String schedule = "* * * * *";
        String tz = "UTC";
        switch (r.schedule()) {
            case Schedule.Simple simple -> {
                kind = "simple";
                timeout = (int) simple.timeout().toSeconds();
            }
            case Schedule.Cron cron -> {
                kind = "cron";
                schedule = cron.expression();
                tz = cron.tz();
            }
            case Schedule.OnCalendar cal -> {
                kind = "oncalendar";
                schedule = cal.expression();
                tz = cal.tz();
            }
        }
        return new NewCheck(r.uuid(), projectId, r.name(), r.slug(), r.tags(), r.desc(), kind, timeout, r.grace(),
            schedule, tz, r.methods(), r.manualResume(), k.filterSubject(), k.filterBody(), k.filterHttpBody(),
            k.filterDefaultFail(), k.startKw(), k.successKw(), k.failureKw(), badgeKey, created, alerting);
    }
}
