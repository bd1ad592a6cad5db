package io.cronkeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.Setting;
import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import io.cronkeeper.store.Database;
import io.cronkeeper.store.Dialect;
import io.cronkeeper.store.PostgresCluster;
import io.cronkeeper.store.PostgresDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and import list their tables by hand. A migration that adds a table must say whether
 * exports carry it; this test fails until it does, rather than exports silently leaving it out.
 * Both stores' catalogs must describe the exported tables alike, or an export of one would not
 * import into the other.
 */
class TablesTest {
    /** Tables only the PostgreSQL schema has. */
    private static final List<String> POSTGRES_ONLY = List.of("appliance_secret");

    @TempDir
    Path tmp;

    @Test
    void everyTableOfTheSchemaIsExportedOrDeliberatelyLeftOut() {
        List<String> tables = onSqlite(h -> h.createQuery(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .mapTo(String.class).list());
        List<String> known = known();
        known.removeAll(POSTGRES_ONLY);
        assertThat(known).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void everyTableOfThePostgresSchemaIsExportedOrDeliberatelyLeftOut() {
        List<String> tables = onPostgres(h -> h.createQuery(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
            .mapTo(String.class).list());
        assertThat(known()).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void everyForeignKeyOfAnExportedTablePointsAtATableKeyedByUuid() {
        onSqlite(h -> {
            for (Tables.Spec spec : Tables.ALL) {
                TableInfo table = TableInfo.read(h, Dialect.SQLITE, spec.name()).orElseThrow();
                for (String parent : table.parents().values()) {
                    assertThat(TableInfo.read(h, Dialect.SQLITE, parent).orElseThrow().columns()).as(spec.name() + " -> " + parent)
                        .containsKey("uuid");
                }
                assertThat(table.columns().keySet()).as(spec.name()).containsAll(spec.key());
            }
            return null;
        });
    }

    @Test
    void postgresCatalogDescribesEveryExportedTableAsSqlitesDoes() {
        Map<String, TableInfo> sqlite = describe(Dialect.SQLITE);
        Map<String, TableInfo> postgres = describe(Dialect.POSTGRES);
        for (Tables.Spec spec : Tables.ALL) {
            TableInfo s = sqlite.get(spec.name());
            TableInfo p = postgres.get(spec.name());
            assertThat(List.copyOf(p.columns().keySet())).as(spec.name()).isEqualTo(List.copyOf(s.columns().keySet()));
            assertThat(p.portableColumns()).as(spec.name()).isEqualTo(s.portableColumns());
            assertThat(p.parents()).as(spec.name()).isEqualTo(s.parents());
            assertThat(p.rowidAlias()).as(spec.name()).isEqualTo(s.rowidAlias());
            assertThat(p.primaryKey()).as(spec.name()).isEqualTo(s.primaryKey());
            for (String column : s.columns().keySet()) {
                TableInfo.Column sc = s.columns().get(column);
                TableInfo.Column pc = p.columns().get(column);
                assertThat(pc.required()).as(spec.name() + "." + column + " required").isEqualTo(sc.required());
                assertThat(pc.blob()).as(spec.name() + "." + column + " blob").isEqualTo(sc.blob());
                assertThat(pc.integer()).as(spec.name() + "." + column + " integer").isEqualTo(sc.integer());
                assertThat(pc.text()).as(spec.name() + "." + column + " text").isEqualTo(sc.text());
            }
        }
    }

    private Map<String, TableInfo> describe(Dialect dialect) {
        Function<org.jdbi.v3.core.Handle, Map<String, TableInfo>> read = h -> {
            Map<String, TableInfo> out = new HashMap<>();
            Tables.ALL.forEach(spec -> out.put(spec.name(), TableInfo.read(h, dialect, spec.name()).orElseThrow()));
            return out;
        };
        return dialect == Dialect.SQLITE ? onSqlite(read) : onPostgres(read);
    }

    private static List<String> known() {
        List<String> known = new ArrayList<>(Tables.ALL.stream().map(Tables.Spec::name).toList());
        known.addAll(Tables.NOT_EXPORTED);
        return known;
    }

    private <T> T onSqlite(Function<org.jdbi.v3.core.Handle, T> read) {
        Database db = Database.open(tmp.resolve("sqlite"));
        try {
            return db.jdbi().withHandle(read::apply);
        } finally {
            db.close();
        }
    }

    private <T> T onPostgres(Function<org.jdbi.v3.core.Handle, T> read) {
        PostgresCluster cluster = PostgresCluster.shared();
        PostgresDatabase pg = cluster.createDatabase();
        Settings settings = new SettingsLoader(new HashMap<>(), tmp.resolve("none.yaml")).load(Map.of(
            Setting.DATA_DIR, tmp.resolve("pg").toString(), Setting.DATABASE_URL, pg.url(),
            Setting.DATABASE_PASSWORD, pg.password()), Optional.empty());
        Database db = Database.open(settings);
        try {
            return db.jdbi().withHandle(read::apply);
        } finally {
            db.close();
            cluster.dropDatabase(pg.name());
        }
    }
}
