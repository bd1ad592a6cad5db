package io.cronkeeper.hcimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did (or, in a dry run, would do), for the CLI's lines and the admin API's JSON.
 *
 * @param pingBase the project's ping URL prefix here, e.g. {@code https://ck.example.org/ping/KEY/}
 */
public record ImportReport(boolean dryRun, int apiVersion, String projectUuid, String projectName,
                           boolean projectCreated, boolean pingKeySet, String pingBase, List<CheckLine> checks,
                           List<Integration> integrations, History history, List<String> notes,
                           List<String> nextSteps) {

    public record CheckLine(String uuid, String name, String slug, boolean created, boolean paused) {
    }

    public record Integration(String uuid, String name, String hcKind, String kind, Outcome outcome, String toEnter,
                              int checks) {
    }

    /** Created needing its settings, already here (kept as it was), or skipped (a kind we lack). */
    public enum Outcome {
        CREATED, PRESENT, SKIPPED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record History(int pings, int bodies, int flips) {
    }

    public long created() {
        return checks.stream().filter(CheckLine::created).count();
    }

    public long updated() {
        return checks.size() - created();
    }

    /** The report as the CLI prints it. */
    public List<String> lines() {
        String will = dryRun ? "would be " : "";
        List<String> out = new ArrayList<>();
        out.add((dryRun ? "Dry run, nothing was changed. " : "") + "Healthchecks API v" + apiVersion + ", project \""
            + projectName + "\" (" + (projectCreated ? will + "created" : "existing") + ")");
        out.add("checks: " + created() + " " + will + "created, " + updated() + " " + will + "updated (matched by UUID)");
        for (CheckLine c : checks) {
            out.add("  " + (c.created() ? "+ " : "~ ") + c.uuid() + "  " + display(c.name())
                + (c.slug().isEmpty() ? "" : "  /" + c.slug()) + (c.paused() ? "  (paused)" : ""));
        }
        if (!integrations.isEmpty()) {
            out.add("integrations:");
            for (Integration i : integrations) {
                out.add("  " + display(i.name()) + " (" + i.hcKind() + "): " + switch (i.outcome()) {
                    case CREATED -> will + "created as " + i.kind() + " for " + i.checks() + " check(s), needs "
                        + i.toEnter();
                    case PRESENT -> "already here, kept as it is";
                    case SKIPPED -> "skipped, Cronkeeper has no " + i.hcKind() + " integration";
                });
            }
        }
        if (history.pings() + history.flips() > 0) {
            out.add("history: " + history.pings() + " pings (" + history.bodies() + " with bodies) and "
                + history.flips() + " flips " + (dryRun ? "would be " : "") + "added");
        }
        notes.forEach(n -> out.add("note: " + n));
        out.add("next:");
        nextSteps.forEach(s -> out.add("  " + s));
        return out;
    }

    /** The admin API's form of the report. */
    public Map<String, Object> json() {
        var m = new LinkedHashMap<String, Object>();
        m.put("dry_run", dryRun);
        m.put("api_version", apiVersion);
        m.put("project", Map.of("uuid", projectUuid, "name", projectName, "created", projectCreated));
        m.put("ping_key_set", pingKeySet);
        m.put("ping_url_base", pingBase);
        m.put("checks_created", created());
        m.put("checks_updated", updated());
        m.put("checks", checks.stream().map(c -> Map.of("uuid", c.uuid(), "name", c.name(), "slug", c.slug(),
            "created", c.created(), "paused", c.paused())).toList());
        m.put("integrations", integrations.stream().map(i -> Map.of("uuid", i.uuid(), "name", i.name(),
            "hc_kind", i.hcKind(), "kind", i.kind(), "outcome", i.outcome().wire(), "to_enter", i.toEnter(),
            "checks", i.checks())).toList());
        m.put("history", Map.of("pings", history.pings(), "bodies", history.bodies(), "flips", history.flips()));
        m.put("notes", notes);
        m.put("next_steps", nextSteps);
        m.put("lines", lines());
        return m;
    }

    static String display(String name) {
        return name.isEmpty() ? "(no name)" : "\"" + name + "\"";
    }
}
