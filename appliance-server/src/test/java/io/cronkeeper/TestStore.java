package io.cronkeeper;

import io.cronkeeper.config.Setting;
import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.store.Database;
import io.cronkeeper.store.PostgresCluster;
import io.cronkeeper.store.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Which store the test servers run on. By default the embedded SQLite file in the test's data
 * dir; with {@code -Dcronkeeper.test.store=postgres} (the build's second run of the black-box
 * suites, issue 17) a database of the throwaway {@link PostgresCluster}, one per data dir, so a
 * test that restarts its server on the same data dir finds its data again. A database is dropped
 * once its data dir is gone (JUnit deletes each {@code @TempDir}), keeping the cluster small.
 */
public final class TestStore {
    public static final boolean POSTGRES = "postgres".equals(System.getProperty("cronkeeper.test.store"));
    private static final Map<Path, PostgresDatabase> DATABASES = new HashMap<>();
    private static String template; // guarded by the class

    private TestStore() {
    }

    /** Adds the store's settings for a server on this data dir, unless the test chose a store itself. */
    static void configure(Path dataDir, Map<Setting, String> settings) {
        if (!POSTGRES || settings.containsKey(Setting.DATABASE_URL)) {
            return;
        }
        PostgresDatabase db = databaseFor(dataDir);
        settings.put(Setting.DATABASE_URL, db.url());
        settings.put(Setting.DATABASE_PASSWORD, db.password());
    }

    /** The PostgreSQL database of this data dir, made on first use. */
    public static synchronized PostgresDatabase databaseFor(Path dataDir) {
        PostgresCluster cluster = PostgresCluster.shared();
        Path key = dataDir.toAbsolutePath().normalize();
        dropAbandoned(cluster);
        return DATABASES.computeIfAbsent(key, k -> cluster.copyOf(template(cluster)));
    }

    /**
     * A database migrated to the newest schema by the application's own start-up, then copied for
     * every data dir: the migrations run once per test JVM rather than once per test server. A
     * copy is what a restarted node finds, so each server's start still runs (and skips) them.
     */
    private static String template(PostgresCluster cluster) {
        if (template == null) {
            PostgresDatabase db = cluster.createDatabase();
            Map<Setting, String> flags = new EnumMap<>(Setting.class);
            flags.put(Setting.DATA_DIR, "/nonexistent/template-data-dir");
            flags.put(Setting.DATABASE_URL, db.url());
            flags.put(Setting.DATABASE_PASSWORD, db.password());
            Settings settings = new SettingsLoader(new HashMap<>(), Path.of("/nonexistent/server.yaml")).load(flags, Optional.empty());
            Database.open(settings).close();
            template = db.name();
        }
        return template;
    }

    private static void dropAbandoned(PostgresCluster cluster) {
        for (Iterator<Map.Entry<Path, PostgresDatabase>> it = DATABASES.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, PostgresDatabase> e = it.next();
            if (!Files.exists(e.getKey())) {
                it.remove();
                cluster.dropDatabase(e.getValue().name());
            }
        }
    }
}
