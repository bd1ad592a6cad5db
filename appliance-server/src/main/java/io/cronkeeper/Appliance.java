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
import io.cronkeeper.body.BodyBudget;
import io.cronkeeper.body.BudgetedBodies;
import io.cronkeeper.health.DiskSpace;
import io.cronkeeper.health.Health;
import io.cronkeeper.health.HealthHttpService;
import io.cronkeeper.health.SdNotify;
import io.cronkeeper.health.StoreErrors;
import io.cronkeeper.health.StoreUnavailableException;
import io.cronkeeper.health.Supervisor;
import io.cronkeeper.health.Unavailable;
import io.cronkeeper.health.Watchdog;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.config.Settings;
import io.cronkeeper.events.ClusterEvents;
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
import io.cronkeeper.store.Dialect;
import io.cronkeeper.store.PostgresConnections;
import io.cronkeeper.store.ServerLock;
import io.helidon.http.HttpException;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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
    private final Health health;
    private final Watchdog watchdog;
    private final Optional<ClusterEvents> cluster;
    private ServerLock lock;

    private Appliance(WebServer server, PingWriter writer, Database database, EventBus events, Monitor monitor,
                      Dispatcher dispatcher, Notifiers notifiers, Health health, Watchdog watchdog,
                      Optional<ClusterEvents> cluster) {
        this.cluster = cluster;
        this.health = health;
        this.watchdog = watchdog;
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
        return start(settings, clock, monitorThread, Supervisor.exitingProcess());
    }

    /** @param supervisor runs the background loops; tests pass one that records the exit instead */
    public static Appliance start(Settings settings, Clock clock, boolean monitorThread, Supervisor supervisor) {
        ServerLock lock = ServerLock.acquire(settings.dataDir());
        try {
            Appliance appliance = startLocked(settings, clock, monitorThread, supervisor);
            appliance.lock = lock;
            return appliance;
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private static Appliance startLocked(Settings settings, Clock clock, boolean monitorThread, Supervisor supervisor) {
        settings.describe().forEach((k, v) -> LOG.log(Level.INFO, "config " + k + " = " + v));
        // The notifiers' HTTP client loads the trust store, 0.15 s of a start (issue 16): it is made
        // on a second thread while the database opens, and is ready before the dispatcher exists.
        CompletableFuture<Notifiers> notifiersMade = CompletableFuture.supplyAsync(
            () -> new Notifiers(NotifierSettings.from(settings), clock),
            task -> Thread.ofPlatform().name("notifiers").daemon().start(task));
        Database db;
        try {
            db = Database.open(settings, supervisor);
        } catch (RuntimeException | Error e) {
            notifiersMade.thenAccept(Notifiers::close);
            throw e;
        }
        KeyHasher hasher = KeyHasher.of(db, settings.dataDir());
        ProjectService projects = new ProjectService(db.jdbi(), hasher, clock);
        if (projects.ensureDefaultProject()) {
            LOG.log(Level.INFO, "first start: created project 'Default' in " + db.location());
        }
        String adminToken = AdminToken.ensure(db, settings.dataDir(), settings.adminToken());
        if (settings.adminToken().isEmpty()) {
            LOG.log(Level.INFO, "admin token for the desktop app: " + settings.dataDir().resolve(AdminToken.FILE_NAME));
        }
        EventBus events = new EventBus();
        // Other nodes on the same PostgreSQL database see this node's events and the other way round.
        Optional<ClusterEvents> cluster = settings.database().postgres()
            .map(pg -> ClusterEvents.start(events, name -> PostgresConnections.open(pg, name), supervisor));
        Notifiers notifiers = made(notifiersMade);
        Dispatcher dispatcher = new Dispatcher(db.jdbi(), db.dialect() == Dialect.POSTGRES, clock, settings.siteRoot(),
            settings.pingEndpoint(),
            kind -> ChannelKind.parse(kind).map(notifiers::forKind));
        Monitor monitor = new Monitor(db.jdbi(), clock, events, dispatcher::wake);
        PingWriter writer = new PingWriter(db, settings.pingLogLimit(), clock, events,
            new LoopWakeups(monitor, dispatcher), supervisor);
        String base = URI.create(settings.siteRoot()).getPath().replaceAll("/+$", "");
        var budget = new BodyBudget(settings.limits().bodyMemory());
        var pingService = new PingHttpService(writer, settings.pingBodyLimit(), settings.limits().pingBodyMax(),
            settings.trustedProxies(), base + "/ping");
        Health health = health(settings, supervisor, db, writer, dispatcher, budget);
        CheckService checks = new CheckService(db.jdbi(), clock);
        var api = new ApiDeps(checks, new PingHistory(db.jdbi(), settings.pingLogLimit()),
            projects, new ChannelService(db.jdbi(), clock), db.jdbi(), clock, settings.siteRoot(), settings.pingEndpoint(),
            hasher.secret(), events);
        var services = new Services(pingService, api, AdminApi.create(db.jdbi(), hasher, settings, clock, events, adminToken, dispatcher)
                .with(new io.cronkeeper.admin.HealthRoutes(health)),
            new BadgeHttpService(new BadgeService(projects, checks, hasher.secret(), clock), base),
            new MetricsHttpService(new MetricsService(projects, checks, clock)),
            new HealthHttpService(health, db.jdbi(), clock, settings.limits().metricsKey()), new BudgetedBodies(budget));
        WebServer server = ServerFactory.build(settings, routing -> routes(routing, base, services));
        server.start();
        dispatcher.start(supervisor);
        if (monitorThread) {
            monitor.start(supervisor);
        }
        var watchdog = new Watchdog(health, SdNotify.fromEnvironment(), Optional.ofNullable(System.getenv("WATCHDOG_USEC")));
        watchdog.start(supervisor);
        LOG.log(Level.INFO, "Cronkeeper listening on " + settings.host() + " port " + server.port()
            + (settings.tlsEnabled() ? ", TLS port " + server.port(ServerFactory.TLS_SOCKET) : ""));
        return new Appliance(server, writer, db, events, monitor, dispatcher, notifiers, health, watchdog, cluster);
    }

    /** What a start's second thread made, or what stopped it, as if made on this thread. */
    private static <T> T made(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** What health watches: the loops (through the supervisor), the database, queues, memory, disk. */
    private static Health health(Settings settings, Supervisor supervisor, Database db, PingWriter writer,
                                 Dispatcher dispatcher, BodyBudget budget) {
        return new Health(supervisor, db.jdbi(), new DiskSpace(db.file().orElse(settings.dataDir()), settings.limits().diskSpaceWarning()))
            .gauge("ping_queue", writer::queued)
            .gauge("alerts_unsent", dispatcher::unsent)
            .gauge("body_memory_used", budget::used)
            .gauge("body_memory_budget", budget::capacity)
            .gauge("body_memory_refused", budget::refused)
            .warnings(() -> writer.storeFailing()
                ? List.of("the database cannot write: pings are answered 503 until it can") : List.of());
    }

    /** The HTTP features, each registered on every listener. */
    private record Services(PingHttpService ping, ApiDeps api, AdminApi admin, BadgeHttpService badges,
                            MetricsHttpService metrics, HealthHttpService health, BudgetedBodies bodies) {
    }

    private static void routes(HttpRouting.Builder routing, String base, Services s) {
        routing.addFilter(s.bodies())
            .register(base + "/api/v1", s.health())
            .register(base + "/api/v2", s.health())
            .register(base + "/api/v3", s.health())
            .register(base + "/ping", s.ping())
            .register(base + "/api/v1", new ApiV3Service(1, s.api()))
            .register(base + "/api/v2", new ApiV3Service(2, s.api()))
            .register(base + "/api/v3", new ApiV3Service(3, s.api()))
            .register(base + AdminApi.PATH, s.admin())
            .register(s.badges())
            .register(base + "/projects", s.metrics())
            .get(base + "/", (req, res) -> res.send("Cronkeeper"))
            .error(ApiException.class, ApiErrors::handle)
            .error(AdminException.class, AdminErrors::handle)
            .error(BodyBudget.Exhausted.class, (req, res, e) -> Unavailable.send(req, res, e.getMessage()))
            // Helidon's own answers (404 for no route): the body budget's filter routes them
            // through these handlers, where Exception.class would make them 500s; answered
            // without reading the unread body (issue 14's bounded drain).
            .error(HttpException.class, io.cronkeeper.http.HttpErrors::handle)
            .error(StoreUnavailableException.class, Unavailable::store)
            .error(Exception.class, (req, res, e) -> {
                if (StoreErrors.isUnavailable(e)) {
                    Unavailable.store(req, res, e);
                } else {
                    ApiErrors.internal(req, res, e);
                }
            });
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

    /** What {@code /api/v3/status/} and the admin API's health route report. */
    public Health health() {
        return health;
    }

    @Override
    public void close() {
        watchdog.close();
        server.stop();
        monitor.close();
        dispatcher.close();
        notifiers.close();
        writer.close();
        cluster.ifPresent(ClusterEvents::close);
        database.close();
        lock.close();
    }
}
