package io.cronkeeper.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.Setting;
import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL migrations are twins of SQLite's (issue 17): after both lists ran, the same tables
 * have the same columns in the same order (the check mapper reads by position) and the same
 * indexes. A migration added to one list only fails here.
 */
class SchemaParityTest {
    /** With PostgreSQL only: what lives in the SQLite install's data dir as files. */
    private static final List<String> POSTGRES_ONLY = List.of("appliance_secret");

    @TempDir
    Path dir;

    @Test
    void bothDialectsMigrateToTheSameTablesColumnsAndIndexes() {
        PostgresCluster.assumeAvailable();
        PostgresDatabase pg = PostgresCluster.shared().createDatabase();
        Database sqlite = Database.open(dir.resolve("sqlite"));
        Database postgres = Database.open(settings(pg));
        try {
            Map<String, List<String>> sqliteColumns = sqlite.jdbi().withHandle(h -> {
                Map<String, List<String>> out = new TreeMap<>();
                for (String t : h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                        .mapTo(String.class).list()) {
                    out.put(t, h.createQuery("SELECT name FROM pragma_table_info(:t) ORDER BY cid").bind("t", t)
                        .mapTo(String.class).list());
                }
                return out;
            });
            Map<String, List<String>> postgresColumns = postgres.jdbi().withHandle(h -> {
                Map<String, List<String>> out = new TreeMap<>();
                for (String t : h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
                        .mapTo(String.class).list()) {
                    out.put(t, h.createQuery("""
                            SELECT column_name FROM information_schema.columns
                            WHERE table_schema = current_schema() AND table_name = :t ORDER BY ordinal_position""")
                        .bind("t", t).mapTo(String.class).list());
                }
                POSTGRES_ONLY.forEach(out::remove);
                return out;
            });
            assertThat(postgresColumns).isEqualTo(sqliteColumns);

            List<String> sqliteIndexes = sqlite.jdbi().withHandle(h -> h.createQuery(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").mapTo(String.class).list());
            List<String> postgresIndexes = postgres.jdbi().withHandle(h -> h.createQuery("""
                SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()
                AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key' ORDER BY indexname""").mapTo(String.class).list());
            assertThat(postgresIndexes).isEqualTo(sqliteIndexes);

            int sqliteVersion = sqlite.jdbi().withHandle(h -> h.createQuery("SELECT max(version) FROM schema_version").mapTo(Integer.class).one());
            int postgresVersion = postgres.jdbi().withHandle(h -> h.createQuery("SELECT max(version) FROM schema_version").mapTo(Integer.class).one());
            assertThat(postgresVersion).isEqualTo(sqliteVersion).isEqualTo(Migrations.latest());
        } finally {
            sqlite.close();
            postgres.close();
        }
    }

    @Test
    void aSecondNodeStartingOnTheSameDatabaseFindsItMigrated() {
        PostgresCluster.assumeAvailable();
        PostgresDatabase pg = PostgresCluster.shared().createDatabase();
        Database first = Database.open(settings(pg));
        Database second = Database.open(settings(pg));
        try {
            List<Integer> versions = second.jdbi().withHandle(h -> h.createQuery("SELECT version FROM schema_version ORDER BY version")
                .mapTo(Integer.class).list());
            assertThat(versions).hasSize(Migrations.latest()).doesNotHaveDuplicates();
        } finally {
            first.close();
            second.close();
        }
    }

    private Settings settings(PostgresDatabase pg) {
        Map<Setting, String> flags = new LinkedHashMap<>();
        flags.put(Setting.DATA_DIR, dir.resolve("node").toString());
        flags.put(Setting.DATABASE_URL, pg.url());
        flags.put(Setting.DATABASE_PASSWORD, pg.password());
        return new SettingsLoader(Map.of(), Path.of("/nonexistent/server.yaml")).load(flags, Optional.empty());
    }
}
