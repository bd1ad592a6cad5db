package io.cronkeeper.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.channel.ChannelSelector;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.ProjectService.Grant;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code checks/} and {@code checks/<uuid|unique_key>}: list, create, get, update, delete (reference §4.1, §4.5). */
final class ChecksApi {
    private final ApiContext ctx;
    private final CheckService checks;

    ChecksApi(ApiContext ctx) {
        this.ctx = ctx;
        this.checks = ctx.deps.checks();
    }

    void list(ServerRequest req, ServerResponse res) {
        Grant grant = ctx.auth.require(req, false);
        var tags = req.query().all("tag", List::of);
        // As in Django, a repeated ?slug= counts by its last value, and an empty one is no filter.
        List<String> slugs = req.query().all("slug", List::of);
        Optional<String> slug = slugs.isEmpty()
            ? Optional.empty() : Optional.of(slugs.getLast()).filter(s -> !s.isEmpty());
        Json.send(res, Map.of("checks", ctx.views(checks.list(grant.projectId(), tags, slug), grant)));
    }

    void create(ServerRequest req, ServerResponse res) throws IOException {
        ApiKeyAuth.Post post = ctx.auth.requirePost(req, true);
        JsonNode body = post.body();
        Grant grant = post.grant();
        CheckSpec spec = CheckSpecParser.parse(body);
        CheckService.Upserted result = channelErrorsAre400(() -> checks.create(grant.projectId(), ctx.edit(spec)));
        res.status(result.created() ? Status.CREATED_201 : Status.OK_200);
        ctx.announce(result.check(), result.created() ? "created" : "updated");
        Json.send(res, ctx.view(result.check(), grant));
    }

    void get(ServerRequest req, ServerResponse res) {
        Grant grant = ctx.auth.require(req, false);
        Json.send(res, ctx.view(ctx.ownCheckByUuid(req, grant), grant));
    }

    void getByUniqueKey(ServerRequest req, ServerResponse res) {
        Grant grant = ctx.auth.require(req, false);
        Json.send(res, ctx.view(ctx.ownCheckByUniqueKey(req, grant), grant));
    }

    /** Only the given fields change; a check deleted meanwhile is a 404. */
    void update(ServerRequest req, ServerResponse res) throws IOException {
        ApiKeyAuth.Post post = ctx.auth.requirePost(req, true);
        JsonNode body = post.body();
        Grant grant = post.grant();
        Check check = ctx.ownCheckByUuid(req, grant);
        CheckSpec spec = CheckSpecParser.parse(body);
        Check updated = channelErrorsAre400(() -> checks.update(check, ctx.edit(spec)))
            .orElseThrow(ApiException.NotFound::new);
        ctx.announce(updated, "updated");
        Json.send(res, ctx.view(updated, grant));
    }

    /** Answers with the check as it was just before it was deleted. */
    void delete(ServerRequest req, ServerResponse res) {
        Grant grant = ctx.auth.require(req, true);
        Check check = ctx.ownCheckByUuid(req, grant);
        Map<String, Object> last = ctx.view(check, grant);
        if (!checks.delete(check)) {
            throw new ApiException.NotFound();
        }
        ctx.announce(check, "deleted");
        Json.send(res, last);
    }

    private static <T> T channelErrorsAre400(Supplier<T> save) {
        try {
            return save.get();
        } catch (ChannelSelector.InvalidSelection e) {
            throw new ApiException.BadRequest(e.getMessage());
        }
    }
}
