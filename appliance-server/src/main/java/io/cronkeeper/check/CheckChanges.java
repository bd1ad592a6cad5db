package io.cronkeeper.check;

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
    Optional<Boolean> filterSubject, Optional<Boolean> filterBody, Optional<Boolean> filterHttpBody,
    Optional<Boolean> filterDefaultFail, List<String> unique) {

    /** Applies the changes on top of a new check's fields. */
    public NewCheck applyTo(NewCheck c) {
        String kind = c.kind();
        int timeoutValue = c.timeout();
        String scheduleValue = c.schedule();
        if (schedule.isPresent()) {
            kind = schedule.get().trim().split("\\s+").length == 5 && !schedule.get().contains("\n") ? "cron" : "oncalendar";
            scheduleValue = schedule.get();
        } else if (timeout.isPresent()) {
            kind = "simple";
            timeoutValue = timeout.get();
        }
        return new NewCheck(c.uuid(), c.projectId(), name.orElse(c.name()), slug.orElse(c.slug()),
            tags.orElse(c.tags()), desc.orElse(c.description()), kind, timeoutValue, grace.orElse(c.grace()),
            scheduleValue, tz.orElse(c.tz()), methods.orElse(c.methods()), manualResume.orElse(c.manualResume()),
            filterSubject.orElse(c.filterSubject()), filterBody.orElse(c.filterBody()),
            filterHttpBody.orElse(c.filterHttpBody()), filterDefaultFail.orElse(c.filterDefaultFail()),
            startKw.orElse(c.startKw()), successKw.orElse(c.successKw()), failureKw.orElse(c.failureKw()),
            c.badgeKey(), c.created());
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
