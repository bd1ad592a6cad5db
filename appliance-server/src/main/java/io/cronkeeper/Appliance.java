package io.cronkeeper;

import io.cronkeeper.admin.AdminApi;
import io.cronkeeper.admin.AdminErrors;
import io.cronkeeper.admin.AdminException;
import io.cronkeeper.api.ApiErrors;
import io.cronkeeper.api.ApiException;
import io.cronkeeper.api.ApiV3Service;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.config.Settings;
import io.cronkeeper.events.EventBus;
import io.cronkeeper.http.ServerFactory;
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
    private final EventBus events;

    private Appliance(WebServer server, PingWriter writer, Database database, EventBus events) {
        this.server = server;
        this.writer = writer;
        this.database = database;
        this.events = events;
    }

    public static Appliance start(Settings settings, Clock clock) {
        settings.describe().forEach((k, v) -> LOG.log(Level.INFO, "config " + k + " = " + v));
        Database db = Database.open(settings.dataDir());
        ProjectService projects = new ProjectService(db.jdbi(), KeyHasher.forDataDir(settings.dataDir()), clock);
        if (projects.ensureDefaultProject()) {
            LOG.log(Level.INFO, "first start: created project 'Default' in " + db.file());
        }
        String adminToken = AdminToken.ensure(settings.dataDir(), settings.adminToken());
        if (settings.adminToken().isEmpty()) {
            LOG.log(Level.INFO, "admin token for the desktop app: " + settings.dataDir().resolve(AdminToken.FILE_NAME));
        }
        PingWriter writer = new PingWriter(db.jdbi(), settings.pingLogLimit(), clock);
        String base = URI.create(settings.siteRoot()).getPath().replaceAll("/+$", "");
        var pingService = new PingHttpService(writer, settings.pingBodyLimit(), settings.trustedProxies(), base + "/ping");
        var apiV3 = new ApiV3Service(new CheckService(db.jdbi(), clock),
            new PingHistory(db.jdbi(), settings.pingLogLimit()), projects, db.jdbi(), clock,
            settings.siteRoot(), settings.pingEndpoint());
        // One bus: the admin API publishes check changes on it; the ping writer is to publish pings and flips.
        EventBus events = new EventBus();
        var admin = AdminApi.create(db.jdbi(), settings, clock, events, adminToken);
        WebServer server = ServerFactory.build(settings, routing -> routes(routing, base, pingService, apiV3, admin));
        server.start();
        LOG.log(Level.INFO, "Cronkeeper listening on " + settings.host() + " port " + server.port()
            + (settings.tlsEnabled() ? ", TLS port " + server.port(ServerFactory.TLS_SOCKET) : ""));
        return new Appliance(server, writer, db, events);
    }

    private static void routes(HttpRouting.Builder routing, String base, PingHttpService ping, ApiV3Service apiV3,
                               AdminApi admin) {
        routing.register(base + "/ping", ping)
            .register(base + "/api/v3", apiV3)
            .register(base + AdminApi.PATH, admin)
            .get(base + "/", (req, res) -> res.send("Cronkeeper"))
            .error(ApiException.class, ApiErrors::handle)
            .error(AdminException.class, AdminErrors::handle)
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

    /** The live events of the admin API's stream. */
    public EventBus events() {
        return events;
    }

    @Override
    public void close() {
        server.stop();
        writer.close();
    }
}
