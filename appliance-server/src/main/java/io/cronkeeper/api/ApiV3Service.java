package io.cronkeeper.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.ping.PingHistory;
import io.cronkeeper.project.ProjectService;
import io.cronkeeper.project.ProjectService.Grant;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/** Management API v3: the checks, pings and status endpoints (reference §4). */
public final class ApiV3Service implements HttpService {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern UNIQUE_KEY = Pattern.compile("[A-Za-z0-9]{40}");
    private static final int MAX_BODY = 1024 * 1024;
    private static final int VERSION = 3;

    private final CheckService checks;
    private final PingHistory pings;
    private final ApiKeyAuth auth;
    private final CheckJson checkJson;
    private final Jdbi jdbi;
    private final Clock clock;
    private final String siteRoot;

    public ApiV3Service(CheckService checks, PingHistory pings, ProjectService projects, Jdbi jdbi, Clock clock,
                        String siteRoot, String pingEndpoint) {
        this.checks = checks;
        this.pings = pings;
        this.auth = new ApiKeyAuth(projects);
        this.checkJson = new CheckJson(siteRoot, pingEndpoint);
        this.jdbi = jdbi;
        this.clock = clock;
        this.siteRoot = siteRoot;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/checks/", MethodRouter.getPost(this::listChecks, this::createCheck))
            .any("/checks/{code}", MethodRouter.get(this::getCheck))
            .any("/checks/{code}/pings/", MethodRouter.get(this::listPings))
            .any("/checks/{code}/pings/{n}/body", MethodRouter.get(this::pingBody))
            .any("/status/", this::status);
    }

    private void listChecks(ServerRequest req, ServerResponse res) {
        Grant grant = auth.require(req, false);
        var tags = req.query().all("tag", List::of);
        // As in Django, a repeated ?slug= counts by its last value, and an empty one is no filter.
        List<String> slugs = req.query().all("slug", List::of);
        Optional<String> slug = slugs.isEmpty()
            ? Optional.empty() : Optional.of(slugs.getLast()).filter(s -> !s.isEmpty());
        var list = checks.list(grant.projectId(), tags, slug).stream()
            .map(c -> checkJson.toMap(c, grant.readOnly(), VERSION, clock.instant()))
            .toList();
        Json.send(res, Map.of("checks", list));
    }

    private void createCheck(ServerRequest req, ServerResponse res) throws IOException {
        JsonNode body = Json.parseObject(readBody(req));
        Grant grant = auth.require(req, body, true);
        CheckService.Upserted result = checks.create(grant.projectId(), CheckSpecParser.parse(body));
        res.status(result.created() ? Status.CREATED_201 : Status.OK_200);
        Json.send(res, checkJson.toMap(result.check(), false, VERSION, clock.instant()));
    }

    private void getCheck(ServerRequest req, ServerResponse res) {
        Grant grant = auth.require(req, false);
        Check check = find(req, grant);
        Json.send(res, checkJson.toMap(check, grant.readOnly(), VERSION, clock.instant()));
    }

    private void listPings(ServerRequest req, ServerResponse res) {
        Grant grant = auth.require(req, true);
        Check check = find(req, grant);
        String checkUrl = siteRoot + "/api/v" + VERSION + "/checks/" + check.uuid();
        var list = pings.list(check).stream().map(e -> PingJson.toMap(e, checkUrl)).toList();
        Json.send(res, Map.of("pings", list));
    }

    private void pingBody(ServerRequest req, ServerResponse res) {
        Grant grant = auth.require(req, true);
        Check check = find(req, grant);
        long n;
        try {
            n = Long.parseLong(req.path().pathParameters().get("n"));
        } catch (NumberFormatException e) {
            throw new ApiException.NotFound();
        }
        byte[] body = pings.body(check, n).orElseThrow(ApiException.NotFound::new);
        res.header(HeaderNames.CONTENT_TYPE, "text/plain").send(body);
    }

    /** {@code GET /api/v3/status/}: a health probe that touches the database. */
    private void status(ServerRequest req, ServerResponse res) {
        jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8").send("OK");
    }

    /** By UUID (403 for another project's check) or, for any key, by unique key in its project. */
    private Check find(ServerRequest req, Grant grant) {
        String code = req.path().pathParameters().get("code");
        if (UUID.matcher(code).matches()) {
            Check check = checks.byUuid(code).orElseThrow(ApiException.NotFound::new);
            if (check.projectId() != grant.projectId()) {
                throw new ApiException.Forbidden();
            }
            return check;
        }
        if (UNIQUE_KEY.matcher(code).matches()) {
            return checks.byUniqueKey(grant.projectId(), code).orElseThrow(ApiException.NotFound::new);
        }
        throw new ApiException.NotFound();
    }

    private static byte[] readBody(ServerRequest req) throws IOException {
        if (!req.content().hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ApiException.PayloadTooLarge("request body is larger than 1 MiB");
            }
            return bytes;
        }
    }
}
