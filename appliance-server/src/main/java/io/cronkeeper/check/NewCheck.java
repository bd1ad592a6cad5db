package io.cronkeeper.check;

/** The fields of a check being created; the rest take their column defaults. */
public record NewCheck(
    String uuid, long projectId, String name, String slug, String tags, String description, String kind,
    int timeout, int grace, String schedule, String tz, String methods, boolean manualResume,
    boolean filterSubject, boolean filterBody, boolean filterHttpBody, boolean filterDefaultFail,
    String startKw, String successKw, String failureKw, String badgeKey, long created, AlertOptions alerting) {

    /** Healthchecks' defaults: simple, one day timeout, one hour grace. */
    public static NewCheck defaults(String uuid, long projectId, String badgeKey, long created) {
        return new NewCheck(uuid, projectId, "", "", "", "", "simple", 86400, 3600, "* * * * *", "UTC", "",
            false, false, false, false, false, "", "", "", badgeKey, created, AlertOptions.DEFAULTS);
    }

    /** The settable fields of a stored check, for applying changes to it. */
    public static NewCheck of(Check c) {
        return new NewCheck(c.uuid(), c.projectId(), c.name(), c.slug(), c.tags(), c.description(), c.kind(),
            c.timeout(), c.grace(), c.schedule(), c.tz(), c.methods(), c.manualResume(), c.filterSubject(),
            c.filterBody(), c.filterHttpBody(), c.filterDefaultFail(), c.startKw(), c.successKw(), c.failureKw(),
            c.badgeKey(), c.created(), c.alerting());
    }

    public NewCheck withNameAndSlug(String newName, String newSlug) {
        return new NewCheck(uuid, projectId, newName, newSlug, tags, description, kind, timeout, grace, schedule,
            tz, methods, manualResume, filterSubject, filterBody, filterHttpBody, filterDefaultFail, startKw,
            successKw, failureKw, badgeKey, created, alerting);
    }

    // Flat accessors of the alert options, for binding by name.
    public Integer startGrace() {
        return alerting.startGrace();
    }

    public Integer minRunTime() {
        return alerting.minRunTime();
    }

    public int failThreshold() {
        return alerting.failThreshold();
    }

    public Integer repeatEvery() {
        return alerting.repeatEvery();
    }

    public Long snoozedUntil() {
        return alerting.snoozedUntil();
    }
}
