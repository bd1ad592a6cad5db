package io.cronkeeper.badge;

import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.check.CheckStatus;
import io.cronkeeper.check.StatusRules;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Resolves a badge URL to what the badge shows, or to nothing (a 404). */
public final class BadgeService {
    /** Healthchecks labels the all-checks badge MASTER_BADGE_LABEL, which defaults to the site name. */
    static final String ALL_CHECKS_LABEL = "Cronkeeper";

    private final ProjectService projects;
    private final CheckService checks;
    private final byte[] secret;
    private final Clock clock;

    public BadgeService(ProjectService projects, CheckService checks, byte[] secret, Clock clock) {
        this.projects = projects;
        this.checks = checks;
        this.secret = secret.clone();
        this.clock = clock;
    }

    Optional<Badge> find(BadgeRequest request) {
        return switch (request) {
            case BadgeRequest.ProjectBadge p -> projectBadge(p);
            case BadgeRequest.CheckBadge c -> checks.byBadgeKey(c.badgeKey())
                .map(check -> new Badge(check.name().isEmpty() ? check.uuid() : check.name(),
                    BadgeSummary.of(List.of(status(check, clock.instant())), c.threeState())));
        };
    }

    /** A bad signature, an unknown key and a tag no check carries all look the same: not found. */
    private Optional<Badge> projectBadge(BadgeRequest.ProjectBadge p) {
        String expected = BadgeSigner.sig8(secret, p.badgeKey(), p.tag());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
            p.signature().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        Optional<Project> project = projects.byBadgeKey(p.badgeKey());
        if (project.isEmpty()) {
            return Optional.empty();
        }
        boolean all = p.tag().equals(BadgeRequest.ALL);
        List<Check> selected = checks.list(project.get().id(), all ? List.of() : List.of(p.tag()), Optional.empty());
        if (!all && selected.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<CheckStatus> statuses = selected.stream().map(c -> status(c, now)).toList();
        return Optional.of(new Badge(all ? ALL_CHECKS_LABEL : p.tag(), BadgeSummary.of(statuses, !p.twoState())));
    }

    /** Without "started": a running check shows the status it had before the run began. */
    private static CheckStatus status(Check check, Instant now) {
        return StatusRules.status(check, now, false);
    }
}
