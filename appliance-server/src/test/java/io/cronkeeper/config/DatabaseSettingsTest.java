package io.cronkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code database-url} and its password (issue 17): parsed as libpq writes URLs, never shown. */
class DatabaseSettingsTest {
    @TempDir
    Path tmp;

    private Settings load(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("CRONKEEPER_DATA_DIR", tmp.toString());
        return new SettingsLoader(all, tmp.resolve("none.yaml")).load(Map.of(), Optional.empty());
    }

    @Test
    void unsetMeansTheEmbeddedSqliteFile() {
        Settings s = load(Map.of());
        assertThat(s.database().isPostgres()).isFalse();
        assertThat(s.describe().get("database-url")).contains("SQLite");
    }

    @Test
    void aUrlBecomesTheDriversUrlUserAndPassword() {
        Settings s = load(Map.of("CRONKEEPER_DATABASE_URL", "postgresql://ck@db.lan:5433/cronkeeper?sslmode=require",
            "CRONKEEPER_DATABASE_PASSWORD", "pa$$w0rd"));
        DatabaseSettings.Postgres pg = s.database().postgres().orElseThrow();
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.lan:5433/cronkeeper?sslmode=require");
        assertThat(pg.user()).isEqualTo("ck");
        assertThat(pg.password()).contains("pa$$w0rd");
        assertThat(s.describe().toString()).doesNotContain("pa$$w0rd");
    }

    @Test
    void aPasswordInTheUrlIsUsedAndMasked() {
        Settings s = load(Map.of("CRONKEEPER_DATABASE_URL", "postgres://ck:s%40cret@db.lan/cronkeeper"));
        DatabaseSettings.Postgres pg = s.database().postgres().orElseThrow();
        assertThat(pg.password()).contains("s@cret");
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.lan/cronkeeper");
        assertThat(s.describe().get("database-url")).contains("ck:****@db.lan").doesNotContain("s%40cret");
    }

    @Test
    void thePasswordMayComeFromAFile() throws Exception {
        Path file = tmp.resolve("pw");
        Files.writeString(file, "from-file\n");
        Settings s = load(Map.of("CRONKEEPER_DATABASE_URL", "postgresql://ck@db.lan/cronkeeper",
            "CRONKEEPER_DATABASE_PASSWORD_FILE", file.toString()));
        assertThat(s.database().postgres().orElseThrow().password()).contains("from-file");
    }

    @Test
    void otherDatabasesAndIncompleteUrlsAreRefusedWithoutEchoingThePassword() {
        assertThatThrownBy(() -> load(Map.of("CRONKEEPER_DATABASE_URL", "mysql://ck:hunter2@db.lan/cronkeeper")))
            .isInstanceOf(SettingsException.class).hasMessageContaining("CRONKEEPER_DATABASE_URL")
            .hasMessageContaining("postgresql://").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> load(Map.of("CRONKEEPER_DATABASE_URL", "postgresql://db.lan")))
            .isInstanceOf(SettingsException.class).hasMessageContaining("must name one database");
        assertThatThrownBy(() -> load(Map.of("CRONKEEPER_DATABASE_URL", "postgresql:///cronkeeper")))
            .isInstanceOf(SettingsException.class).hasMessageContaining("names no host");
    }

    @Test
    void aPasswordWithoutAUrlIsAMistakeSaidAloud() {
        assertThatThrownBy(() -> load(Map.of("CRONKEEPER_DATABASE_PASSWORD", "x")))
            .isInstanceOf(SettingsException.class).hasMessageContaining("CRONKEEPER_DATABASE_URL");
    }
}
