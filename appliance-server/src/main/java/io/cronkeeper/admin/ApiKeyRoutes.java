package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.project.ApiKey;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectAdmin;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A project's Management API keys: listed without secrets, made one at a time, revoked. */
final class ApiKeyRoutes implements HttpService {
    private final ProjectAdmin projects;
    private final Lookup lookup;

    ApiKeyRoutes(ProjectAdmin projects, Lookup lookup) {
        this.projects = projects;
        this.lookup = lookup;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/projects/{project}/api-keys", Methods.allow().get(this::list).post(this::create))
            .any("/projects/{project}/api-keys/{id}", Methods.allow().delete(this::revoke));
    }

    private void list(ServerRequest req, ServerResponse res) {
        var keys = projects.apiKeys(lookup.project(req)).stream().map(AdminJson::apiKey).toList();
        AdminJson.send(res, Map.of("api_keys", keys));
    }

    /** The only response that ever contains the key itself. */
    private void create(ServerRequest req, ServerResponse res) throws IOException {
        JsonNode body = Requests.body(req);
        String name = Requests.name(body);
        boolean readOnly = Requests.optionalBool(body, "read_only").orElse(false);
        ProjectAdmin.NewApiKey created = projects.createApiKey(lookup.project(req), name, readOnly);
        var json = new LinkedHashMap<>(AdminJson.apiKey(created.key()));
        json.put("key", created.secret());
        res.status(Status.CREATED_201);
        AdminJson.send(res, json);
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        Project project = lookup.project(req);
        String id = req.path().pathParameters().get("id");
        ApiKey revoked = Requests.wholeNumber(id).flatMap(n -> projects.revokeApiKey(project, n))
            .orElseThrow(() -> AdminException.notFound("project " + project.uuid() + " has no API key with id " + id));
        AdminJson.send(res, AdminJson.apiKey(revoked));
    }
}
