package io.cronkeeper;

import io.cronkeeper.api.ApiErrors;
import io.cronkeeper.api.ApiException;
import io.cronkeeper.api.ApiV3Service;
import io.cronkeeper.badge.BadgeHttpService;
import io.cronkeeper.badge.BadgeService;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.config.Settings;
import io.cronkeeper.http.ServerFactory;
import io.cronkeeper.metrics.MetricsHttpService;
import io.cronkeeper.metrics.MetricsService;
import io.cronkeeper.ping.PingHistory;
import io.cronkeeper.ping.PingHttpService;
import io.cronkeeper.ping.PingWriter;
import io.cronkeeper.project.AdminToken;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.project.ProjectService;
import io.cronkeeper.store.Database;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;

/** The running appliance: wires settings, database, services and routes, and stops them in order. */
public final class Appliance implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Appliance.class.getName());

    private final WebServer server;
    private final PingWriter writer;
    private final Database database;

    private Appliance(WebServer server, PingWriter writer, Database database) {
        this.server = server;
        this.writer = writer;
        this.database = database;
    }

    public static Appliance start(Settings settings, Clock clock) {
        settings.describe().forEach((k, v) -> LOG.log(Level.INFO, "config " + k + " = " + v));
        Database db = Database.open(settings.dataDir());
        KeyHasher hasher = KeyHasher.forDataDir(settings.dataDir());
        ProjectService projects = new ProjectService(db.jdbi(), hasher, clock);
        if (projects.ensureDefaultProject()) {
            LOG.log(Level.INFO, "first start: created project 'Default' in " + db.file());
        }
        AdminToken.ensure(settings.dataDir(), settings.adminToken());
        if (settings.adminToken().isEmpty()) {
            LOG.log(Level.INFO, "admin token for the desktop app: " + settings.dataDir().resolve(AdminToken.FILE_NAME));
        }
        PingWriter writer = new PingWriter(db.jdbi(), settings.pingLogLimit(), clock);
        String base = URI.create(settings.siteRoot()).getPath().replaceAll("/+$", "");
        var pingService = new PingHttpService(writer, settings.pingBodyLimit(), settings.trustedProxies(), base + "/ping");
        var apiV3 = new ApiV3Service(new CheckService(db.jdbi(), clock),
            new PingHistory(db.jdbi(), settings.pingLogLimit()), projects, db.jdbi(), clock,
            settings.siteRoot(), settings.pingEndpoint());
        var checks = new CheckService(db.jdbi(), clock);
        var badges = new BadgeHttpService(new BadgeService(projects, checks, hasher.secret(), clock), base);
        var metrics = new MetricsHttpService(new MetricsService(projects, checks, clock));
        WebServer server = ServerFactory.build(settings,
            routing -> routes(routing, base, pingService, apiV3, badges, metrics));
        server.start();
        LOG.log(Level.INFO, "Cronkeeper listening on " + settings.host() + " port " + server.port()
            + (settings.tlsEnabled() ? ", TLS port " + server.port(ServerFactory.TLS_SOCKET) : ""));
        return new Appliance(server, writer, db);
    }

    private static void routes(HttpRouting.Builder routing, String base, PingHttpService ping, ApiV3Service apiV3,
                               BadgeHttpService badges, MetricsHttpService metrics) {
        routing.register(base + "/ping", ping)
            .register(base + "/api/v3", apiV3)
            .register(badges)
            .register(base + "/projects", metrics)
            .get(base + "/", (req, res) -> res.send("Cronkeeper"))
            .error(ApiException.class, ApiErrors::handle)
            .error(Exception.class, ApiErrors::internal);
    }

    public int port() {
        return server.port();
    }

    public int tlsPort() {
        return server.port(ServerFactory.TLS_SOCKET);
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        server.stop();
        writer.close();
    }
}
