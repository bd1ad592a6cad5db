package io.cronkeeper;

import io.cronkeeper.admin.AdminApi;
import io.cronkeeper.admin.AdminErrors;
import io.cronkeeper.admin.AdminException;
import io.cronkeeper.api.ApiErrors;
import io.cronkeeper.api.ApiException;
import io.cronkeeper.api.ApiDeps;
import io.cronkeeper.api.ApiV3Service;
import io.cronkeeper.channel.ChannelService;
import io.cronkeeper.alert.NotifierSettings;
import io.cronkeeper.alert.Notifiers;
import io.cronkeeper.badge.BadgeHttpService;
import io.cronkeeper.channel.ChannelKind;
import io.cronkeeper.badge.BadgeService;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.config.Settings;
import io.cronkeeper.events.EventBus;
import io.cronkeeper.http.ServerFactory;
import io.cronkeeper.metrics.MetricsHttpService;
import io.cronkeeper.metrics.MetricsService;
import io.cronkeeper.monitor.LoopWakeups;
import io.cronkeeper.monitor.Monitor;
import io.cronkeeper.outbox.Dispatcher;
import io.cronkeeper.ping.PingHistory;
import io.cronkeeper.ping.PingHttpService;
import io.cronkeeper.ping.PingWriter;
import io.cronkeeper.project.AdminToken;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.project.ProjectService;
import io.cronkeeper.store.Database;
import io.cronkeeper.store.ServerLock;
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
    private final Monitor monitor;
    private final Dispatcher dispatcher;
    private final Notifiers notifiers;
    private ServerLock lock;

    private Appliance(WebServer server, PingWriter writer, Database database, EventBus events, Monitor monitor,
                      Dispatcher dispatcher, Notifiers notifiers) {
        this.notifiers = notifiers;
        this.monitor = monitor;
        this.dispatcher = dispatcher;
        this.server = server;
        this.writer = writer;
        this.database = database;
        this.events = events;
    }

    /** Holds the data dir's {@link ServerLock} while running: restore and a second server stay out. */
    public static Appliance start(Settings settings, Clock clock) {
        return start(settings, clock, true);
    }

    /**
     * @param monitorThread false only in tests that move the clock and run the monitor themselves
     *                      ({@link Monitor#runNow()}), so that no pass happens behind their back
     */
    public static Appliance start(Settings settings, Clock clock, boolean monitorThread) {
        ServerLock lock = ServerLock.acquire(settings.dataDir());
        try {
            Appliance appliance = startLocked(settings, clock, monitorThread);
            appliance.lock = lock;
            return appliance;
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private static Appliance startLocked(Settings settings, Clock clock, boolean monitorThread) {
        settings.describe().forEach((k, v) -> LOG.log(Level.INFO, "config " + k + " = " + v));
        Database db = Database.open(settings.dataDir());
        KeyHasher hasher = KeyHasher.forDataDir(settings.dataDir());
        ProjectService projects = new ProjectService(db.jdbi(), hasher, clock);
        if (projects.ensureDefaultProject()) {
            LOG.log(Level.INFO, "first start: created project 'Default' in " + db.file());
        }
        String adminToken = AdminToken.ensure(settings.dataDir(), settings.adminToken());
        if (settings.adminToken().isEmpty()) {
            LOG.log(Level.INFO, "admin token for the desktop app: " + settings.dataDir().resolve(AdminToken.FILE_NAME));
        }
        EventBus events = new EventBus();
        Notifiers notifiers = new Notifiers(NotifierSettings.from(settings), clock);
        Dispatcher dispatcher = new Dispatcher(db.jdbi(), clock, settings.siteRoot(), settings.pingEndpoint(),
            kind -> ChannelKind.parse(kind).map(notifiers::forKind));
        Monitor monitor = new Monitor(db.jdbi(), clock, events, dispatcher::wake);
        PingWriter writer = new PingWriter(db, settings.pingLogLimit(), clock, events,
            new LoopWakeups(monitor, dispatcher));
        String base = URI.create(settings.siteRoot()).getPath().replaceAll("/+$", "");
        var pingService = new PingHttpService(writer, settings.pingBodyLimit(), settings.trustedProxies(), base + "/ping");
        CheckService checks = new CheckService(db.jdbi(), clock);
        var api = new ApiDeps(checks, new PingHistory(db.jdbi(), settings.pingLogLimit()),
            projects, new ChannelService(db.jdbi(), clock), db.jdbi(), clock, settings.siteRoot(), settings.pingEndpoint(),
            hasher.secret(), events);
        var services = new Services(pingService, api, AdminApi.create(db.jdbi(), settings, clock, events, adminToken, dispatcher),
            new BadgeHttpService(new BadgeService(projects, checks, hasher.secret(), clock), base),
            new MetricsHttpService(new MetricsService(projects, checks, clock)));
        WebServer server = ServerFactory.build(settings, routing -> routes(routing, base, services));
        server.start();
        dispatcher.start();
        if (monitorThread) {
            monitor.start();
        }
        LOG.log(Level.INFO, "Cronkeeper listening on " + settings.host() + " port " + server.port()
            + (settings.tlsEnabled() ? ", TLS port " + server.port(ServerFactory.TLS_SOCKET) : ""));
        return new Appliance(server, writer, db, events, monitor, dispatcher, notifiers);
    }

    /** The HTTP features, each registered on every listener. */
    private record Services(PingHttpService ping, ApiDeps api, AdminApi admin, BadgeHttpService badges,
                            MetricsHttpService metrics) {
    }

    private static void routes(HttpRouting.Builder routing, String base, Services s) {
        routing.register(base + "/ping", s.ping())
            .register(base + "/api/v1", new ApiV3Service(1, s.api()))
            .register(base + "/api/v2", new ApiV3Service(2, s.api()))
            .register(base + "/api/v3", new ApiV3Service(3, s.api()))
            .register(base + AdminApi.PATH, s.admin())
            .register(s.badges())
            .register(base + "/projects", s.metrics())
            .get(base + "/", (req, res) -> res.send("Cronkeeper"))
            .error(ApiException.class, ApiErrors::handle)
            .error(AdminException.class, AdminErrors::handle)
            .error(io.helidon.http.HttpException.class, io.cronkeeper.http.HttpErrors::handle)
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

    /** Live updates: pings, flips and check changes, as the admin API streams them. */
    public EventBus events() {
        return events;
    }

    /** The deadline loop; tests move the clock and run it. */
    public Monitor monitor() {
        return monitor;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public void close() {
        server.stop();
        monitor.close();
        dispatcher.close();
        notifiers.close();
        writer.close();
        database.close();
        lock.close();
    }
}
