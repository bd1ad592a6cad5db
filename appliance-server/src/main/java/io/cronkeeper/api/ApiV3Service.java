package io.cronkeeper.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/**
 * The Management API (reference §4). Healthchecks serves the same API at {@code /api/v1/},
 * {@code /api/v2/} and {@code /api/v3/}; one instance per version is mounted, and the version
 * decides the URLs in answers, v1's {@code started} status and v1/v2's slug from name.
 *
 * <p>Collections end in {@code /}, single checks and actions do not; the other spelling matches
 * no route (404).
 */
public final class ApiV3Service implements HttpService {
    private final ApiContext ctx;
    private final ChecksApi checks;
    private final CheckActionsApi actions;
    private final PingsApi pings;
    private final FlipsApi flips;
    private final ProjectListingsApi listings;

    /** @param version 1, 2 or 3 */
    public ApiV3Service(int version, ApiDeps deps) {
        if (version < 1 || version > 3) {
            throw new IllegalArgumentException("API version " + version);
        }
        this.ctx = new ApiContext(version, deps);
        this.checks = new ChecksApi(ctx);
        this.actions = new CheckActionsApi(ctx);
        this.pings = new PingsApi(ctx);
        this.flips = new FlipsApi(ctx);
        this.listings = new ProjectListingsApi(ctx);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/checks/", MethodRouter.get(checks::list).andPost(checks::create))
            .any("/checks/{code}", CheckRoutes.byUuidOrUniqueKey(
                MethodRouter.get(checks::get).andPost(checks::update).andDelete(checks::delete),
                MethodRouter.get(checks::getByUniqueKey)))
            .any("/checks/{code}/pause", CheckRoutes.byUuid(MethodRouter.post(actions::pause)))
            .any("/checks/{code}/resume", CheckRoutes.byUuid(MethodRouter.post(actions::resume)))
            .any("/checks/{code}/pings/", CheckRoutes.byUuid(MethodRouter.get(pings::list)))
            .any("/checks/{code}/pings/{n}/body", CheckRoutes.byUuid(MethodRouter.get(pings::body)))
            .any("/checks/{code}/flips/", CheckRoutes.byUuidOrUniqueKey(
                MethodRouter.get(flips::byUuid), MethodRouter.get(flips::byUniqueKey)))
            .any("/channels/", MethodRouter.get(listings::channels))
            .any("/badges/", MethodRouter.get(listings::badges));
        // status/ and metrics/ are io.cronkeeper.health.HealthHttpService's, mounted ahead of this.
    }
}
