package io.cronkeeper.hcimport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The report's last lines: exactly what is left to do by hand. */
final class NextSteps {
    private NextSteps() {
    }

    static List<String> of(Snapshot s, ImportOptions o, List<ImportReport.Integration> integrations, String base,
                           String pingEndpoint) {
        List<String> out = new ArrayList<>();
        int n = 1;
        if (o.dryRun()) {
            out.add(n++ + ". Run the same command without --dry-run to import.");
        }
        String old = s.pingBase().isEmpty() ? "the Healthchecks ping address" : s.pingBase();
        out.add(n++ + ". Point the ping URLs at Cronkeeper: replace " + old + " with " + pingEndpoint
            + " in cron lines and scripts (the UUIDs in them stay the same), or " + redirect(s.pingBase(), pingEndpoint));
        if (o.pingKey().isEmpty()) {
            out.add(n++ + ". Slug URLs (" + old + "<ping key>/<slug>) need Healthchecks' ping key, which its API does "
                + "not show: copy it from Healthchecks (project Settings, Ping key) and run the import again with "
                + "--ping-key KEY (or enter it in the admin app's Import from Healthchecks dialog). Until then "
                + "slug URLs here are " + base + "<slug>.");
        } else {
            out.add(n++ + ". Slug URLs keep working: " + base + "<slug>.");
        }
        List<ImportReport.Integration> toFill = integrations.stream().filter(i -> i.outcome() == ImportReport.Outcome.CREATED).toList();
        if (!toFill.isEmpty()) {
            out.add(n++ + ". Enter the settings of " + toFill.size() + " integration(s) in the admin app (Integrations, "
                + "marked incomplete); they send nothing until then: " + toFill.stream()
                .map(i -> ImportReport.display(i.name()) + " (" + i.kind() + ")").collect(Collectors.joining(", ")) + ".");
        }
        if (integrations.stream().anyMatch(i -> i.outcome() == ImportReport.Outcome.SKIPPED)) {
            out.add(n++ + ". Skipped integrations have no Cronkeeper kind: add another integration for their checks.");
        }
        out.add(n + ". Imported checks start as new (paused ones stay paused): nothing alerts until a check's first "
            + "ping reaches Cronkeeper. Pause or delete them on Healthchecks once pings arrive here.");
        return out;
    }

    /** DNS alone does it only when the paths agree (self-hosted /ping/); hc-ping.com/<uuid> needs a proxy. */
    private static String redirect(String oldBase, String pingEndpoint) {
        if (oldBase.isEmpty()) {
            return "make the old ping host reach this server.";
        }
        URI from;
        String to;
        try {
            from = URI.create(oldBase);
            to = URI.create(pingEndpoint).getPath();
        } catch (IllegalArgumentException e) {
            return "make the old ping host reach this server.";
        }
        return from.getPath().equals(to) ? "make " + from.getHost() + " resolve to this server."
            : "put a reverse proxy on " + from.getHost() + " that forwards " + from.getPath() + " to this server's " + to + ".";
    }
}
