package io.cronkeeper.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the first start leaves behind: the Default project, owner-only secrets, hashed API keys. */
class FirstStartTest {
    @TempDir
    Path tmp;

    @Test
    void firstStartCreatesDefaultProjectWithPingKeyAndNoApiKeys() {
        try (TestServer server = TestServer.start(tmp.resolve("data"))) {
            List<Map<String, Object>> projects = server.jdbi().withHandle(h ->
                h.createQuery("SELECT * FROM project").mapToMap().list());
            assertThat(projects).hasSize(1);
            assertThat(projects.get(0).get("name")).isEqualTo("Default");
            assertThat((String) projects.get(0).get("ping_key")).matches("[a-z0-9]{22}");
            assertThat((String) projects.get(0).get("uuid"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(countRows(server, "api_key")).isZero();
        }
    }

    @Test
    void dataDirAndSecretFilesAreOwnerOnly() throws IOException {
        Path data = tmp.resolve("nested/data");
        try (TestServer server = TestServer.start(data)) {
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(mode(data.resolve("admin-token"))).isEqualTo("rw-------");
            assertThat(mode(data.resolve("secret-key"))).isEqualTo("rw-------");
            assertThat(Files.readString(data.resolve("admin-token")).strip()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(Files.readString(data.resolve("secret-key")).strip()).hasSizeGreaterThanOrEqualTo(32);
        }
    }

    @Test
    void secondStartKeepsProjectsAndSecrets() throws IOException {
        Path data = tmp.resolve("data");
        String token;
        String secret;
        try (TestServer server = TestServer.start(data)) {
            token = Files.readString(data.resolve("admin-token"));
            secret = Files.readString(data.resolve("secret-key"));
            server.createProject("extra");
        }
        try (TestServer server = TestServer.start(data)) {
            assertThat(countRows(server, "project")).isEqualTo(2);
            assertThat(Files.readString(data.resolve("admin-token"))).isEqualTo(token);
            assertThat(Files.readString(data.resolve("secret-key"))).isEqualTo(secret);
        }
    }

    @Test
    void configuredAdminTokenIsNotWrittenToDisk() {
        Path data = tmp.resolve("data");
        try (TestServer server = TestServer.start(data, Map.of(Setting.ADMIN_TOKEN, "configured-token-0123456789"))) {
            assertThat(data.resolve("admin-token")).doesNotExist();
        }
    }

    @Test
    void apiKeysAreStoredOnlyAsHmacHashes() throws Exception {
        Path data = tmp.resolve("data");
        ProjectService.CreatedProject p;
        try (TestServer server = TestServer.start(data)) {
            p = server.createProject("hashed");
            List<Map<String, Object>> keys = server.jdbi().withHandle(h ->
                h.createQuery("SELECT * FROM api_key ORDER BY id").mapToMap().list());
            assertThat(keys).hasSize(2);
            byte[] secret = Files.readString(data.resolve("secret-key")).strip().getBytes(StandardCharsets.UTF_8);
            assertThat(keys.get(0).get("hash")).isEqualTo(hmac(secret, p.apiKey()));
            assertThat(keys.get(0).get("read_only")).isEqualTo(0);
            assertThat(keys.get(1).get("hash")).isEqualTo(hmac(secret, p.apiKeyReadonly()));
            assertThat(keys.get(1).get("read_only")).isEqualTo(1);
            for (Map<String, Object> row : keys) {
                assertThat(row.values()).doesNotContain(p.apiKey(), p.apiKeyReadonly());
            }
        }
        for (String name : new String[] {"cronkeeper.db", "cronkeeper.db-wal"}) {
            Path file = data.resolve(name);
            if (Files.exists(file)) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).as(name).doesNotContain(p.apiKey()).doesNotContain(p.apiKeyReadonly())
                    .doesNotContain(p.apiKey().substring(8));
            }
        }
    }

    private static long countRows(TestServer server, String table) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static String hmac(byte[] secret, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
    }
}
