package io.cronkeeper.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.project.ProjectService;
import io.cronkeeper.project.ProjectService.Grant;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/** API key checks of reference §4.2. */
final class ApiKeyAuth {
    private static final HeaderName API_KEY = HeaderNames.create("X-Api-Key");
    private static final int KEY_LENGTH = 32;

    private final ProjectService projects;

    ApiKeyAuth(ProjectService projects) {
        this.projects = projects;
    }

    /** For GET and DELETE: the header only. */
    Grant require(ServerRequest req, boolean needsWrite) {
        return check(req.headers().first(API_KEY), needsWrite);
    }

    /** A POST's key and its body. */
    record Post(Grant grant, JsonNode body) {
    }

    /**
     * For POST: a key in the header is checked before the body is read, so that requests without
     * the right key hold no body in memory; without the header, the key is {@code "api_key"} in
     * the body, which must then be read first (Healthchecks' rule; within the body budget).
     */
    Post requirePost(ServerRequest req, boolean needsWrite) throws java.io.IOException {
        if (req.headers().contains(API_KEY)) {
            Grant grant = require(req, needsWrite);
            return new Post(grant, RequestBodies.jsonObject(req));
        }
        JsonNode body = RequestBodies.jsonObject(req);
        return new Post(require(req, body, needsWrite), body);
    }

    /** For POST: the header, else {@code "api_key"} in the JSON body. */
    Grant require(ServerRequest req, JsonNode body, boolean needsWrite) {
        Optional<String> key = req.headers().first(API_KEY)
            .or(() -> Optional.ofNullable(body.get("api_key")).filter(JsonNode::isTextual).map(JsonNode::asText));
        return check(key, needsWrite);
    }

    private Grant check(Optional<String> key, boolean needsWrite) {
        if (key.isEmpty() || key.get().length() != KEY_LENGTH) {
            throw new ApiException.Unauthorized("missing api key");
        }
        Grant grant = projects.authenticate(key.get())
            .orElseThrow(() -> new ApiException.Unauthorized("wrong api key"));
        if (needsWrite && grant.readOnly()) {
            throw new ApiException.Unauthorized("wrong api key");
        }
        return grant;
    }
}
