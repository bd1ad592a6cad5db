package io.cronkeeper.badge;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/**
 * Status badges for READMEs and dashboards (reference §4.8): no authentication, never cached,
 * readable from any origin.
 */
public final class BadgeHttpService implements HttpService {
    private static final String NO_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final BadgeService badges;
    private final String base;

    /** @param base the path prefix of SITE_ROOT, e.g. {@code ""} or {@code /hc} */
    public BadgeHttpService(BadgeService badges, String base) {
        this.badges = badges;
        this.base = base;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(base + "/badge/*", this::badge)
            .any(base + "/b/*", this::badge);
    }

    private void badge(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CACHE_CONTROL, NO_CACHE)
            .header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
            .header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "X-Api-Key")
            .header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, OPTIONS")
            .header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
        Method method = req.prologue().method();
        if (method == Method.OPTIONS) {
            res.status(Status.NO_CONTENT_204).send();
            return;
        }
        if (method != Method.GET) {
            res.status(Status.METHOD_NOT_ALLOWED_405).header(HeaderNames.ALLOW, "GET, OPTIONS")
                .header(HeaderNames.CONTENT_TYPE, TEXT).send("badges answer GET only");
            return;
        }
        Optional<BadgeRequest> request = BadgePath.parse(req.path().absolute().rawPath().substring(base.length()));
        Optional<Badge> badge = request.flatMap(badges::find);
        if (badge.isEmpty()) {
            res.status(Status.NOT_FOUND_404).header(HeaderNames.CONTENT_TYPE, TEXT).send("no such badge");
            return;
        }
        BadgeFormat format = request.get().format();
        res.header(HeaderNames.CONTENT_TYPE, format.contentType()).send(BadgeBody.render(badge.get(), format));
    }
}
