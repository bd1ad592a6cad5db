package io.cronkeeper.check;

/** The fields of a check being created; the rest take their column defaults. */
public record NewCheck(
    String uuid, long projectId, String name, String slug, String tags, String description, String kind,
    int timeout, int grace, String schedule, String tz, String methods, boolean manualResume,
    boolean filterSubject, boolean filterBody, boolean filterHttpBody, boolean filterDefaultFail,
    String startKw, String successKw, String failureKw, String badgeKey, long created) {

    /** Healthchecks' defaults: simple, one day timeout, one hour grace. */
    public static NewCheck defaults(String uuid, long projectId, String badgeKey, long created) {
        return new NewCheck(uuid, projectId, "", "", "", "", "simple", 86400, 3600, "* * * * *", "UTC", "",
            false, false, false, false, false, "", "", "", badgeKey, created);
    }

    public NewCheck withNameAndSlug(String newName, String newSlug) {
        return new NewCheck(uuid, projectId, newName, newSlug, tags, description, kind, timeout, grace, schedule,
            tz, methods, manualResume, filterSubject, filterBody, filterHttpBody, filterDefaultFail, startKw,
            successKw, failureKw, badgeKey, created);
    }
}
