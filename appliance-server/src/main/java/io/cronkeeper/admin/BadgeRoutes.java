package io.cronkeeper.admin;

import io.cronkeeper.badge.BadgeUrls;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.Project;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A project's badge URLs, as the v3 API's {@code badges/} lists them, for the app's Badges page. */
final class BadgeRoutes implements HttpService {
    private final CheckService checks;
    private final Lookup lookup;
    private final byte[] secret;
    private final String siteRoot;

    BadgeRoutes(CheckService checks, Lookup lookup, byte[] secret, String siteRoot) {
        this.checks = checks;
        this.lookup = lookup;
        this.secret = secret;
        this.siteRoot = siteRoot;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/projects/{project}/badges", Methods.allow().get(this::list));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Project project = lookup.project(req);
        var badges = BadgeUrls.of(project, checks.list(project.id(), List.of(), Optional.empty()), secret, siteRoot);
        AdminJson.send(res, Map.of("project", project.uuid(), "badges", badges));
    }
}
