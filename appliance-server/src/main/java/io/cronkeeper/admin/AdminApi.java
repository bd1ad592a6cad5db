package io.cronkeeper.admin;

import io.cronkeeper.channel.ChannelService;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.config.Settings;
import io.cronkeeper.hcimport.HealthchecksImport;
import io.cronkeeper.outbox.DeliveryLog;
import io.cronkeeper.outbox.Dispatcher;
import io.cronkeeper.events.EventBus;
import io.cronkeeper.ping.PingHistory;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.project.ProjectAdmin;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The admin API of the desktop app (docs/admin-api.md): every route behind the admin token,
 * then one service per feature.
 */
public final class AdminApi implements HttpService {
    /** Where Appliance mounts it, below the site root's path. */
    public static final String PATH = "/api/admin/v1";
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final AdminAuth auth;
    private final List<HttpService> features;

    private AdminApi(AdminAuth auth, List<HttpService> features) {
        this.auth = auth;
        this.features = features;
    }

    public static AdminApi create(Jdbi jdbi, KeyHasher hasher, Settings settings, Clock clock, EventBus bus,
                                  String adminToken, Dispatcher dispatcher) {
        var projects = new ProjectAdmin(jdbi, hasher, clock);
        var checks = new CheckService(jdbi, clock);
        var channels = new ChannelService(jdbi, clock);
        var lookup = new Lookup(projects, checks, channels);
        var checkView = new CheckView(settings.siteRoot(), settings.pingEndpoint(), clock, projects, channels);
        var events = new AdminEvents(bus);
        var eventView = new EventView(projects, checks, checkView);
        return new AdminApi(new AdminAuth(adminToken), List.of(
            new ProjectRoutes(projects, checks, lookup, events, settings.pingEndpoint(), clock),
            new ApiKeyRoutes(projects, lookup),
            new ChannelRoutes(channels, checks, projects, lookup, checkView, events),
            new CheckRoutes(checks, new CheckActions(checks, channels, checkView, events), checkView, lookup),
            new PingRoutes(new PingHistory(jdbi, settings.pingLogLimit()), checks, checkView, lookup),
            new DeliveryRoutes(new DeliveryLog(jdbi), dispatcher, channels, lookup),
            new SchedulePreviewRoutes(clock),
            new BadgeRoutes(checks, lookup, hasher.secret(), settings.siteRoot()),
            new HcImportRoutes(new HealthchecksImport(jdbi, clock, settings.pingEndpoint(), settings.pingLogLimit(),
                settings.pingBodyLimit())),
            new EventRoutes(bus, new EventStream(eventView::render, HEARTBEAT))));
    }

    /** The same API with one more feature's routes, behind the same token. */
    public AdminApi with(HttpService feature) {
        var all = new java.util.ArrayList<>(features);
        all.add(feature);
        return new AdminApi(auth, List.copyOf(all));
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(auth::require)
            .register(features.toArray(HttpService[]::new))
            .any(this::unknownRoute);
    }

    /** After authentication, so that without the token nothing reveals which routes exist. */
    private void unknownRoute(ServerRequest req, ServerResponse res) {
        throw AdminException.notFound("no admin API route " + req.prologue().method().text() + " "
            + req.path().absolute().path());
    }
}
