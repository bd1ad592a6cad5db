package io.cronkeeper.api;

import io.cronkeeper.store.IsoTime;
import io.cronkeeper.check.AlertOptions;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.StatusRules;
import io.cronkeeper.check.UniqueKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The check object of reference §4.4, keys in Healthchecks' order. */
final class CheckJson {
    private final String siteRoot;
    private final String pingEndpoint;

    CheckJson(String siteRoot, String pingEndpoint) {
        this.siteRoot = siteRoot;
        this.pingEndpoint = pingEndpoint;
    }

    /** @param channels the check's channel UUIDs, sorted and comma-separated; shown to read-write keys */
    Map<String, Object> toMap(Check c, boolean readOnly, int apiVersion, Instant now, String channels) {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", c.name());
        m.put("slug", c.slug());
        m.put("tags", c.tags());
        m.put("desc", c.description());
        m.put("grace", c.grace());
        m.put("n_pings", c.nPings());
        m.put("status", StatusRules.status(c, now, apiVersion == 1).wire());
        m.put("started", c.lastStart() != null);
        m.put("last_ping", c.lastPingAt().map(IsoTime::seconds).orElse(null));
        m.put("next_ping", StatusRules.graceStart(c, true).map(IsoTime::seconds).orElse(null));
        m.put("manual_resume", c.manualResume());
        m.put("methods", c.methods());
        m.put("subject", c.filterSubject() ? c.successKw() : "");
        m.put("subject_fail", c.filterSubject() ? c.failureKw() : "");
        m.put("start_kw", c.startKw());
        m.put("success_kw", c.successKw());
        m.put("failure_kw", c.failureKw());
        m.put("filter_subject", c.filterSubject());
        m.put("filter_body", c.filterBody());
        m.put("filter_http_body", c.filterHttpBody());
        m.put("filter_default_fail", c.filterDefaultFail());
        m.put("badge_url", siteRoot + "/b/2/" + c.badgeKey() + ".svg");
        c.lastRunDuration().filter(d -> !d.isZero()).ifPresent(d -> m.put("last_duration", d.toSeconds()));
        if (readOnly) {
            m.put("unique_key", UniqueKey.of(c.uuid()));
        } else {
            String updateUrl = siteRoot + "/api/v" + apiVersion + "/checks/" + c.uuid();
            m.put("uuid", c.uuid());
            m.put("ping_url", pingEndpoint + c.uuid());
            m.put("update_url", updateUrl);
            m.put("pause_url", updateUrl + "/pause");
            m.put("resume_url", updateUrl + "/resume");
            m.put("channels", channels);
        }
        if (c.kind().equals("simple")) {
            m.put("timeout", c.timeout());
        } else {
            m.put("schedule", c.schedule());
            m.put("tz", c.tz());
        }
        // Cronkeeper's alert options (not in Healthchecks); clients that don't know them ignore them.
        AlertOptions a = c.alerting();
        m.put("start_grace", a.startGrace());
        m.put("min_run_time", a.minRunTime());
        m.put("fail_threshold", a.failThreshold());
        m.put("repeat_every", a.repeatEvery());
        m.put("snoozed_until", a.snoozedUntilAt().map(IsoTime::seconds).orElse(null));
        return m;
    }
}
