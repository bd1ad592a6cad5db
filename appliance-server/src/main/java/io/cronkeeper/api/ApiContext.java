package io.cronkeeper.api;

import io.cronkeeper.events.Event;

import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckEdit;
import io.cronkeeper.project.ProjectService.Grant;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Map;

/** What every handler of one API version shares: keys, check lookup and the check object. */
final class ApiContext {
    final int version;
    final ApiDeps deps;
    final ApiKeyAuth auth;
    private final CheckJson checkJson;

    ApiContext(int version, ApiDeps deps) {
        this.version = version;
        this.deps = deps;
        this.auth = new ApiKeyAuth(deps.projects());
        this.checkJson = new CheckJson(deps.siteRoot(), deps.pingEndpoint());
    }

    /** By UUID: 404 when there is no such check, 403 (empty) when it is another project's. */
    Check ownCheckByUuid(ServerRequest req, Grant grant) {
        Check check = deps.checks().byUuid(CheckRoutes.code(req)).orElseThrow(ApiException.NotFound::new);
        if (check.projectId() != grant.projectId()) {
            throw new ApiException.Forbidden();
        }
        return check;
    }

    /** By unique key, searched in the key's own project only: another project's check is a 404. */
    Check ownCheckByUniqueKey(ServerRequest req, Grant grant) {
        return deps.checks().byUniqueKey(grant.projectId(), CheckRoutes.code(req))
            .orElseThrow(ApiException.NotFound::new);
    }

    /** The check object as this key may see it; the channel list only for read-write keys. */
    Map<String, Object> view(Check check, Grant grant) {
        String channels = grant.readOnly() ? "" : deps.channels().channelsField(check);
        return checkJson.toMap(check, grant.readOnly(), version, deps.clock().instant(), channels);
    }

    List<Map<String, Object>> views(List<Check> checks, Grant grant) {
        Map<Long, String> channels = grant.readOnly() ? Map.of() : deps.channels().channelsFieldByCheck(grant.projectId());
        var now = deps.clock().instant();
        return checks.stream()
            .map(c -> checkJson.toMap(c, grant.readOnly(), version, now, channels.getOrDefault(c.id(), "")))
            .toList();
    }

    /** v1 and v2 derive the slug from a new name; v3 leaves the slug to the client. */
    CheckEdit edit(CheckSpec spec) {
        return new CheckEdit(spec.changes(), spec.channels(), version < 3);
    }

    String checkUrl(Check check) {
        return deps.siteRoot() + "/api/v" + version + "/checks/" + check.uuid();
    }

    /** Tells the desktop app's event stream that a check changed through this API. */
    void announce(Check check, String action) {
        deps.events().publish(new Event("check", check.projectId(), check.uuid(), Map.of("action", action)));
    }
}
