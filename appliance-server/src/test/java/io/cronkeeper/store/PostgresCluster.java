package io.cronkeeper.store;

import io.cronkeeper.store.PostgresBinaries.Ran;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster for the store tests (issue 17): one per test JVM, started on
 * first use under java.io.tmpdir, reached over TCP on 127.0.0.1 like a real server, and stopped
 * and deleted when the JVM exits. Each test takes a fresh database from {@link #createDatabase()}.
 */
public final class PostgresCluster {
    private static final String ROLE = "cronkeeper";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Object LOCK = new Object();
    private static PostgresCluster shared; // guarded by LOCK
    private static RuntimeException failedStart; // guarded by LOCK: a broken initdb is not retried by every test class

    private final PostgresBinaries bin;
    private final Path dir;
    private final int port;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(PostgresBinaries bin, Path dir, int port, String password) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.password = password;
    }

    /** Looked up once per JVM, as it runs id, locale and maybe pg_config. */
    private static final class Lookup {
        static final Object RESULT = lookup();

        private static Object lookup() {
            try {
                return PostgresBinaries.find();
            } catch (PostgresBinaries.Unavailable e) {
                return e.getMessage();
            }
        }
    }

    /** Why PostgreSQL cannot be used on this machine, or empty when it can. */
    public static Optional<String> unavailable() {
        return Lookup.RESULT instanceof String why ? Optional.of(why) : Optional.empty();
    }

    /** Skips the calling test when PostgreSQL is missing, except on CI, where a skip would hide a gap. */
    public static void assumeAvailable() {
        assumeAvailable(unavailable(), System.getenv());
    }

    static void assumeAvailable(Optional<String> why, Map<String, String> env) {
        if (why.isPresent() && !env.getOrDefault("CI", "").isEmpty()) {
            throw new AssertionError("PostgreSQL tests must run on CI (CI is set), but: " + why.get());
        }
        Assumptions.assumeTrue(why.isEmpty(), () -> "PostgreSQL unavailable: " + why.orElseThrow());
    }

    public static PostgresCluster shared() {
        assumeAvailable();
        synchronized (LOCK) {
            if (shared == null && failedStart == null) {
                try {
                    shared = start((PostgresBinaries) Lookup.RESULT);
                } catch (RuntimeException e) {
                    failedStart = e;
                }
            }
            if (failedStart != null) {
                throw new IllegalStateException("the test PostgreSQL cluster did not start", failedStart);
            }
            return shared;
        }
    }

    private static PostgresCluster start(PostgresBinaries bin) {
        Path dir;
        try {
            dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "ck-pg-");
            if (!bin.switchUser().isEmpty()) {
                Files.setOwner(dir, FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(bin.owner()));
                // Only its owner (and root) may enter: the superuser's socket inside trusts whoever reaches it.
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the cluster's directory for " + bin.owner(), e);
        }
        // Registered before initdb, so a half-made cluster is stopped and deleted too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin, dir), "postgres-cluster-stop"));
        String password = HexFormat.of().formatHex(randomBytes(16));
        // --no-sync for the reason fsync is off below. Socket connections are trusted (only our
        // superuser commands use the socket); TCP, which the application uses, needs the password.
        check(bin, dir, "initdb", bin.run(dir, "", "initdb", "-D", "data", "-U", "postgres", "-E", "UTF8", bin.localeOption(),
            "--auth-host=scram-sha-256", "--auth-local=trust", "--no-sync", "--no-instructions"));
        // The tests kill our nodes, never PostgreSQL, so fsync and full-page writes only cost time
        // here. synchronous_commit stays on: a commit still waits for its WAL write, and the server
        // reports the same durability setting as a production one. max_connections: many test
        // servers each hold a pool. In the file, not pg_ctl -o, so the path needs no shell quoting.
        append(dir.resolve("data/postgresql.conf"), """

            # Cronkeeper's test cluster (PostgresCluster)
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '%s'
            max_connections = 300
            shared_buffers = 32MB
            fsync = off
            full_page_writes = off
            """.formatted(dir));
        int port = startOnAFreePort(bin, dir);
        PostgresCluster cluster = new PostgresCluster(bin, dir, port, password);
        cluster.psql("CREATE ROLE " + ROLE + " LOGIN CREATEDB PASSWORD '" + password + "'");
        return cluster;
    }

    /** The port is free when we look and taken when postgres binds if someone else got it first: retried. */
    private static int startOnAFreePort(PostgresBinaries bin, Path dir) {
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            deleteQuietly(dir.resolve("log"));
            Ran ran = bin.run(dir, "", "pg_ctl", "start", "-w", "-t", "60", "-D", "data", "-l", "log", "-o", "-p " + port);
            if (ran.ok()) {
                return port;
            }
            if (attempt == 3 || !logTail(dir).contains("Address already in use")) {
                check(bin, dir, "pg_ctl start", ran);
            }
        }
    }

    public PostgresDatabase createDatabase() {
        return create("");
    }

    /**
     * A fresh database that starts as a copy of {@code template}, one of this cluster's databases
     * that nobody is connected to (PostgreSQL waits a few seconds for leaving sessions).
     */
    public PostgresDatabase copyOf(String template) {
        return create(" TEMPLATE " + checkedName(template));
    }

    // FILE_COPY: about 50 ms a copy where WAL_LOG writes every page to the log, about 150-250 ms here.
    private PostgresDatabase create(String template) {
        String name = "t_" + databases.incrementAndGet() + "_" + HexFormat.of().formatHex(randomBytes(3));
        String sql = "CREATE DATABASE " + name + template + " STRATEGY FILE_COPY";
        try {
            asRole(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage() + serverLog(dir), e);
        }
        return new PostgresDatabase("127.0.0.1", port, name, ROLE, password);
    }

    /** Drops it even while a test server still holds connections to it. */
    public void dropDatabase(String name) {
        String sql = "DROP DATABASE IF EXISTS " + checkedName(name) + " WITH (FORCE)";
        try {
            asRole(sql);
        } catch (SQLException e) {
            // 42501: an autovacuum worker was in it, which only a superuser may end (psql is one).
            if (!"42501".equals(e.getSQLState())) {
                throw new IllegalStateException(sql + " failed: " + e.getMessage() + serverLog(dir), e);
            }
            psql(sql);
        }
    }

    private static String checkedName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a database name this cluster makes: " + name);
        }
        return name;
    }

    /**
     * Creating and dropping the test servers' databases, done over JDBC as the role (CREATEDB, the
     * owner of what it creates): psql is a process started through runuser, about 0.5 s a time,
     * and the suites' second run on PostgreSQL creates a database for every test server.
     */
    private void asRole(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", ROLE, password);
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Runs SQL as the superuser in the {@code postgres} database; fails on the first error. */
    public void psql(String sql) {
        Ran ran = bin.run(dir, sql, "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", dir.toString(),
            "-p", Integer.toString(port), "-U", "postgres", "-d", "postgres", "-f", "-");
        if (!ran.ok()) {
            throw new IllegalStateException("psql failed (exit " + ran.exit() + ") on:\n" + sql + "\n" + ran.output()
                + serverLog(dir));
        }
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dir.resolve("data");
    }

    public String binDir() {
        return bin.binDir().toString();
    }

    private static void stop(PostgresBinaries bin, Path dir) {
        if (Files.exists(dir.resolve("data/postmaster.pid"))) {
            Ran ran = bin.run(dir, "", "pg_ctl", "stop", "-m", "immediate", "-w", "-D", "data");
            if (!ran.ok()) {
                System.err.println("PostgresCluster: pg_ctl stop failed: " + ran.output());
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(PostgresCluster::deleteQuietly);
        } catch (IOException e) {
            System.err.println("PostgresCluster: cannot delete " + dir + ": " + e);
        }
    }

    private static void check(PostgresBinaries bin, Path dir, String what, Ran ran) {
        if (!ran.ok()) {
            throw new IllegalStateException(what + " failed (exit " + ran.exit() + ", as " + bin.owner() + "): "
                + String.join(" ", ran.command()) + "\n" + ran.output() + serverLog(dir));
        }
    }

    private static String serverLog(Path dir) {
        return "\n--- tail of the server log " + dir.resolve("log") + " ---\n" + logTail(dir);
    }

    private static String logTail(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no server log: " + e + ")";
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            System.err.println("PostgresCluster: cannot delete " + path + ": " + e);
        }
    }
}
