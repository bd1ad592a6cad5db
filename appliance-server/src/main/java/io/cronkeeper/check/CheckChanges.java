package io.cronkeeper.check;

import io.cronkeeper.schedule.Schedules;
import java.util.List;
import java.util.Optional;

/**
 * The validated fields of a create or update request; each is present only when the request
 * gave it, because an update changes only what it names.
 */
public record CheckChanges(
    Optional<String> name, Optional<String> slug, Optional<String> tags, Optional<String> desc,
    Optional<Integer> timeout, Optional<Integer> grace, Optional<String> schedule, Optional<String> tz,
    Optional<Boolean> manualResume, Optional<String> methods,
    Optional<String> startKw, Optional<String> successKw, Optional<String> failureKw,
    Optional<String> subject, Optional<String> subjectFail, Optional<Boolean> filterSubject, Optional<Boolean> filterBody, Optional<Boolean> filterHttpBody,
    Optional<Boolean> filterDefaultFail, List<String> unique, AlertChanges alerts) {

    /** Applies the changes on top of a check's settable fields (a new check's defaults, or a stored check's). */
    public NewCheck applyTo(NewCheck c) {
        String kind = c.kind();
        int timeoutValue = c.timeout();
        String scheduleValue = c.schedule();
        if (schedule.isPresent()) {
            kind = Schedules.isCron(schedule.get()) ? "cron" : "oncalendar";
            scheduleValue = schedule.get();
        } else if (timeout.isPresent()) {
            kind = "simple";
            timeoutValue = timeout.get();
        }
        // Healthchecks applies the deprecated subject fields first, judging filter_subject by the
        // keywords at that moment; the explicit keyword and filter fields follow and win.
        String success = c.successKw();
        String failure = c.failureKw();
        boolean bySubject = c.filterSubject();
        if (subject.isPresent()) {
            success = subject.get();
            bySubject = !success.isEmpty() || !failure.isEmpty();
        }
        if (subjectFail.isPresent()) {
            failure = subjectFail.get();
            bySubject = !success.isEmpty() || !failure.isEmpty();
        }
        return new NewCheck(c.uuid(), c.projectId(), name.orElse(c.name()), slug.orElse(c.slug()),
            tags.orElse(c.tags()), desc.orElse(c.description()), kind, timeoutValue, grace.orElse(c.grace()),
            scheduleValue, tz.orElse(c.tz()), methods.orElse(c.methods()), manualResume.orElse(c.manualResume()),
            filterSubject.orElse(bySubject), filterBody.orElse(c.filterBody()),
            filterHttpBody.orElse(c.filterHttpBody()), filterDefaultFail.orElse(c.filterDefaultFail()),
            startKw.orElse(c.startKw()), successKw.orElse(success), failureKw.orElse(failure),
            c.badgeKey(), c.created(), alerts.applyTo(c.alerting()));
    }

    /** Whether an existing check equals the request on one {@code unique} field. */
    public boolean sameAs(Check check, String field) {
        return switch (field) {
            case "name" -> name.map(check.name()::equals).orElse(false);
            case "slug" -> slug.map(check.slug()::equals).orElse(false);
            case "tags" -> tags.map(check.tags()::equals).orElse(false);
            case "timeout" -> timeout.map(t -> t == check.timeout()).orElse(false);
            case "grace" -> grace.map(g -> g == check.grace()).orElse(false);
            default -> false;
        };
    }

    public boolean has(String field) {
        return switch (field) {
            case "name" -> name.isPresent();
            case "slug" -> slug.isPresent();
            case "tags" -> tags.isPresent();
            case "timeout" -> timeout.isPresent();
            case "grace" -> grace.isPresent();
            default -> false;
        };
    }
}
