package io.cronkeeper.cli;

import static io.cronkeeper.hcimport.StubHealthchecks.RW_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.hcimport.StubHealthchecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-healthchecks} against the answers recorded of a real Healthchecks v1.24.1 (only
 * {@code /api/v1/}), into a running Cronkeeper: the old ping URLs answer at once.
 */
class ImportHealthchecksTest {
    static final String NIGHTLY = "8bb427e9-d23e-48de-82b3-9f4ab332fbf5";
    static final String FIRST = "68054ee0-c3b4-48d0-bfdb-9b1b516af4c5";
    static final String CERTBOT = "3da59ba2-fa82-4225-b928-738f63f0b95a";
    static final String PAUSED = "b37f4f0c-b3be-4bc5-851c-4e05dfd67846";
    static final String POST_ONLY = "a63b680c-3149-4105-9fa4-21ccd6a389a5";
    static final String PING_KEY = "fixturePingKey-0123_45";

    @TempDir
    Path tmp;
    Cli cli;
    Path data;
    StubHealthchecks hc;

    @BeforeEach
    void stub() {
        cli = new Cli(tmp).env("HC_API_KEY", RW_KEY);
        data = tmp.resolve("data");
        hc = StubHealthchecks.v1();
    }

    @AfterEach
    void stop() {
        hc.close();
    }

    Cli.Run importing(String... extra) {
        var args = new java.util.ArrayList<>(List.of("import-healthchecks", "--url", hc.url(), "--data-dir", data.toString()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void aV1OnlyInstanceIsImportedAndItsPingUrlsAnswerHere() {
        try (TestServer server = TestServer.start(data)) {
            Cli.Run r = importing("--ping-key", PING_KEY);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(hc.requests).containsSubsequence("GET /api/v3/checks/", "GET /api/v2/checks/",
                "GET /api/v1/checks/", "GET /api/v1/channels/");
            assertThat(r.out()).contains("Healthchecks API v1", "checks: 18 created, 0 updated",
                "\"Home webhook\" (webhook): created as webhook for 2 check(s), needs the URL",
                "3 checks have the slug \"nightly-backup\"", "Slug URLs keep working");
            assertThat(r.err()).contains("writing: 18 of 18 checks");

            assertThat(server.get("/ping/" + NIGHTLY).statusCode()).isEqualTo(200);
            assertThat(server.get("/ping/" + CERTBOT + "/start").statusCode()).isEqualTo(200);
            assertThat(server.get("/ping/" + PING_KEY + "/my-first-check").statusCode()).isEqualTo(200);
            assertThat(server.get("/ping/" + PING_KEY + "/bench-slug/fail").statusCode()).isEqualTo(200);
            assertThat(server.get("/ping/" + PING_KEY + "/nightly-backup").statusCode()).isEqualTo(409);
            assertThat(server.get("/ping/" + POST_ONLY).statusCode()).as("POST-only check ignores GET").isEqualTo(200);
            assertThat(count(server.jdbi(), "SELECT count(*) FROM check_ WHERE uuid = ? AND status = 'new'", POST_ONLY)).isOne();
        }
    }

    @Test
    void checksArriveWithTheirSettingsNewOrPaused() {
        assertThat(importing().exitCode()).isZero();
        Jdbi db = Jdbi.create("jdbc:sqlite:" + data.resolve("cronkeeper.db"));
        Map<String, Object> certbot = db.withHandle(h -> h.createQuery("SELECT * FROM check_ WHERE uuid = ?")
            .bind(0, CERTBOT).mapToMap().one());
        assertThat(certbot).containsEntry("name", "Certbot renew").containsEntry("slug", "certbot-renew")
            .containsEntry("tags", "web").containsEntry("kind", "cron").containsEntry("schedule", "15 3 * * 1")
            .containsEntry("tz", "Europe/Riga").containsEntry("grace", 1800).containsEntry("status", "new");
        Map<String, Object> nightly = db.withHandle(h -> h.createQuery("SELECT * FROM check_ WHERE uuid = ?")
            .bind(0, NIGHTLY).mapToMap().one());
        assertThat(nightly).containsEntry("description", "borg to the NAS").containsEntry("tags", "backup nas")
            .containsEntry("kind", "simple").containsEntry("timeout", 86400).containsEntry("status", "new");
        assertThat(count(db, "SELECT count(*) FROM check_ WHERE uuid = ? AND status = 'paused'", PAUSED)).isOne();
        assertThat(count(db, "SELECT count(*) FROM check_ WHERE uuid = ? AND methods = 'POST' AND timeout = 604800",
            POST_ONLY)).isOne();
        assertThat(count(db, "SELECT count(*) FROM check_ WHERE status = 'new'", null)).isEqualTo(17);
        // The integrations keep Healthchecks' ids, wait for their settings and alert the same checks.
        List<String> channels = db.withHandle(h -> h.createQuery("SELECT uuid || ' ' || kind || ' ' || needs_settings "
            + "|| ' ' || config FROM channel ORDER BY uuid").mapTo(String.class).list());
        assertThat(channels).containsExactly(
            "30f7754d-873c-41c3-a93b-eb00e502c26b email 1 {}", "4c9e080d-a9e2-4341-877d-bca895a6650d webhook 1 {}",
            "f79ecb73-4edf-44ae-998c-cc0ddc054f71 email 1 {}");
        assertThat(count(db, "SELECT count(*) FROM check_channel cc JOIN check_ c ON c.id = cc.check_id WHERE c.uuid = ?",
            NIGHTLY)).isEqualTo(3);
        assertThat(count(db, "SELECT count(*) FROM check_channel cc JOIN check_ c ON c.id = cc.check_id WHERE c.uuid = ?",
            FIRST)).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM check_channel", null)).isEqualTo(11);
    }

    @Test
    void historyBringsPingsAndFlipsAndTheNumberingContinues() {
        Cli.Run r = importing("--history");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("history: 3 pings (0 with bodies) and 1 flips added");
        assertThat(r.err()).contains("reading: 18 of 18 checks");
        try (TestServer server = TestServer.start(data)) {
            assertThat(count(server.jdbi(), "SELECT count(*) FROM ping p JOIN check_ c ON c.id = p.check_id "
                + "WHERE c.uuid = ? AND p.kind = 'start' AND p.n = 1 AND p.ua = 'Python-urllib/3.11'", NIGHTLY)).isOne();
            assertThat(count(server.jdbi(), "SELECT count(*) FROM flip f JOIN check_ c ON c.id = f.check_id "
                + "WHERE c.uuid = ? AND f.new_status = 'up' AND f.processed IS NOT NULL", NIGHTLY)).isOne();
            assertThat(server.get("/ping/" + NIGHTLY).statusCode()).isEqualTo(200);
            assertThat(count(server.jdbi(), "SELECT max(p.n) FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = ?",
                NIGHTLY)).isEqualTo(4);
            assertThat(count(server.jdbi(), "SELECT count(*) FROM check_ WHERE uuid = ? AND status = 'up'", NIGHTLY)).isOne();
        }
    }

    @Test
    void dryRunPrintsThePlanAndChangesNothing() {
        Cli.Run r = importing("--dry-run", "--history");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Dry run, nothing was changed", "checks: 18 would be created, 0 would be updated",
            "project \"Healthchecks (127.0.0.1)\" (would be created)", "would be created as email",
            "Run the same command without --dry-run");
        Jdbi db = Jdbi.create("jdbc:sqlite:" + data.resolve("cronkeeper.db"));
        assertThat(count(db, "SELECT count(*) FROM check_", null)).isZero();
        assertThat(count(db, "SELECT count(*) FROM channel", null)).isZero();
        assertThat(count(db, "SELECT count(*) FROM project WHERE name LIKE 'Healthchecks%'", null)).isZero();
    }

    @Test
    void aSecondRunUpdatesAndNeverDuplicates() {
        assertThat(importing().exitCode()).isZero();
        try (TestServer server = TestServer.start(data)) {
            assertThat(server.get("/ping/" + FIRST).statusCode()).isEqualTo(200);
        }
        hc.answer("/api/v1/checks/", 200, "application/json",
            StubHealthchecks.recorded("list-rw.json").replace("My First Check", "My Renamed Check"));
        Cli.Run again = importing();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("checks: 0 created, 18 updated", "(existing)", "already here, kept as it is");
        Jdbi db = Jdbi.create("jdbc:sqlite:" + data.resolve("cronkeeper.db"));
        assertThat(count(db, "SELECT count(*) FROM check_", null)).isEqualTo(18);
        assertThat(count(db, "SELECT count(*) FROM channel", null)).isEqualTo(3);
        assertThat(count(db, "SELECT count(*) FROM check_channel", null)).isEqualTo(11);
        assertThat(count(db, "SELECT count(*) FROM project WHERE name LIKE 'Healthchecks%'", null)).isOne();
        assertThat(count(db, "SELECT count(*) FROM check_ WHERE uuid = ? AND name = 'My Renamed Check' AND status = 'up'",
            FIRST)).as("renamed, and the ping it got here is kept").isOne();
    }

    @Test
    void aUuidThatIsInAnotherProjectIsRefusedAndNothingChanges() {
        assertThat(importing("--project", "Home").exitCode()).isZero();
        Cli.Run r = importing("--project", "Office");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("already exists here in project \"Home\"", "--project \"Home\"");
        Jdbi db = Jdbi.create("jdbc:sqlite:" + data.resolve("cronkeeper.db"));
        assertThat(count(db, "SELECT count(*) FROM project WHERE name = 'Office'", null)).isZero();
        assertThat(importing().exitCode()).as("without --project the checks' own project is updated").isZero();
    }

    @Test
    void aPingKeyOfAnotherProjectIsRefused() {
        assertThat(importing("--project", "Home", "--ping-key", PING_KEY).exitCode()).isZero();
        hc.answer("/api/v1/checks/", 200, "application/json", "{\"checks\": []}");
        Cli.Run r = importing("--project", "Office", "--ping-key", PING_KEY);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("is already the ping key of project \"Home\"");
    }

    static long count(Jdbi db, String sql, String arg) {
        return db.withHandle(h -> {
            var q = h.createQuery(sql);
            if (arg != null) {
                q.bind(0, arg);
            }
            return q.mapTo(Long.class).one();
        });
    }
}
