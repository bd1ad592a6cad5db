package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.Project;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks of every project, with v3's fields and validation. */
final class CheckRoutes implements HttpService {
    private final CheckService checks;
    private final CheckActions actions;
    private final CheckView view;
    private final Lookup lookup;

    CheckRoutes(CheckService checks, CheckActions actions, CheckView view, Lookup lookup) {
        this.checks = checks;
        this.actions = actions;
        this.view = view;
        this.lookup = lookup;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/checks", Methods.allow().get(this::list))
            .any("/projects/{project}/checks", Methods.allow().post(this::create))
            .any("/checks/{check}", Methods.allow().get(this::show).patch(this::update).delete(this::delete))
            .any("/checks/{check}/pause", Methods.allow().post(this::pause))
            .any("/checks/{check}/resume", Methods.allow().post(this::resume));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Optional<Project> project = lookup.projectFilter(req);
        List<Check> found = project.map(p -> checks.list(p.id(), List.of(), Optional.empty())).orElseGet(checks::all);
        AdminJson.send(res, Map.of("checks", view.of(found)));
    }

    /** 201 for a new check, 200 when {@code unique} matched an existing one (v3's upsert). */
    private void create(ServerRequest req, ServerResponse res) throws IOException {
        CheckSpec spec = CheckSpec.parse(Requests.body(req));
        CheckActions.Saved saved = actions.create(lookup.project(req), spec);
        res.status(saved.created() ? Status.CREATED_201 : Status.OK_200);
        AdminJson.send(res, saved.json());
    }

    private void show(ServerRequest req, ServerResponse res) {
        AdminJson.send(res, view.of(lookup.check(req)));
    }

    private void update(ServerRequest req, ServerResponse res) throws IOException {
        CheckSpec spec = CheckSpec.parse(Requests.body(req));
        AdminJson.send(res, actions.update(lookup.check(req), spec));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        AdminJson.send(res, actions.delete(lookup.check(req)));
    }

    /** Pausing a paused check changes nothing and still answers 200. */
    private void pause(ServerRequest req, ServerResponse res) throws IOException {
        Requests.body(req);
        AdminJson.send(res, actions.pause(lookup.check(req)));
    }

    /** 409 when the check is not paused. */
    private void resume(ServerRequest req, ServerResponse res) throws IOException {
        Requests.body(req);
        AdminJson.send(res, actions.resume(lookup.check(req)));
    }
}
