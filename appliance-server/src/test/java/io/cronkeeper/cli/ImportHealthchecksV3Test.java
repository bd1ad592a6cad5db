package io.cronkeeper.cli;

import static io.cronkeeper.cli.ImportHealthchecksTest.count;
import static io.cronkeeper.hcimport.StubHealthchecks.RW_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.hcimport.StubHealthchecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-healthchecks} against a current instance (API v3 shapes of the reference). */
class ImportHealthchecksV3Test {
    static final String BACKUP = "0b6f5e1c-8f3a-4c8e-9d55-2a1e6f0c0001";
    static final String REPORT = "0b6f5e1c-8f3a-4c8e-9d55-2a1e6f0c0002";
    static final String CERTS = "0b6f5e1c-8f3a-4c8e-9d55-2a1e6f0c0003";

    @TempDir
    Path tmp;
    Path data;
    StubHealthchecks hc;
    Jdbi db;

    @BeforeEach
    void stub() {
        data = tmp.resolve("data");
        hc = StubHealthchecks.v3();
        db = Jdbi.create("jdbc:sqlite:" + data.resolve("cronkeeper.db"));
    }

    @AfterEach
    void stop() {
        hc.close();
    }

    Cli.Run importing(String... extra) {
        var args = new java.util.ArrayList<>(List.of("import-healthchecks", "--url", hc.url(), "--data-dir", data.toString()));
        args.addAll(List.of(extra));
        Cli.Run r = new Cli(tmp).env("HC_API_KEY", RW_KEY).run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    Map<String, Object> check(String uuid) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM check_ WHERE uuid = ?").bind(0, uuid).mapToMap().one());
    }

    List<String> strings(String sql, String arg) {
        return db.withHandle(h -> {
            var q = h.createQuery(sql);
            if (arg != null) {
                q.bind(0, arg);
            }
            return q.mapTo(String.class).list();
        });
    }

    @Test
    void v3IsUsedAndEveryFieldItShowsArrives() {
        Cli.Run r = importing();
        assertThat(hc.requests).contains("GET /api/v3/checks/").doesNotContain("GET /api/v1/checks/", "GET /api/v2/checks/");
        assertThat(r.out()).contains("Healthchecks API v3", "checks: 3 created");
        assertThat(check(BACKUP)).containsEntry("success_kw", "OK").containsEntry("failure_kw", "ERROR")
            .containsEntry("filter_body", 1).containsEntry("filter_default_fail", 1).containsEntry("filter_subject", 0)
            .containsEntry("grace", 900).containsEntry("description", "from v3").containsEntry("status", "new");
        assertThat(check(REPORT)).containsEntry("kind", "oncalendar").containsEntry("schedule", "Mon *-*-* 06:00")
            .containsEntry("tz", "Europe/Berlin").containsEntry("methods", "POST").containsEntry("manual_resume", 1)
            .containsEntry("status", "paused");
        assertThat(check(CERTS)).containsEntry("kind", "cron").containsEntry("tz", "America/New_York")
            .containsEntry("status", "new");
    }

    /** A v2-only instance: v3 answers 404; v2 shows keyword filters only as subject and subject_fail. */
    @Test
    void withoutV3TheV2ApiIsUsedAndItsSubjectFiltersArrive() {
        hc.answer("/api/v3/checks/", 404, "text/html", "<h1>Not Found</h1>");
        hc.answer("/api/v2/checks/", 200, "application/json", "{\"checks\": [{\"name\": \"Mail check\", "
            + "\"slug\": \"mail-check\", \"grace\": 60, \"status\": \"new\", \"subject\": \"SUCCESS\", "
            + "\"subject_fail\": \"FAIL\", \"ping_url\": \"BASE/ping/" + BACKUP + "\", \"update_url\": "
            + "\"BASE/api/v2/checks/" + BACKUP + "\", \"channels\": \"\", \"timeout\": 120}]}");
        Cli.Run r = importing();
        assertThat(hc.requests).containsSubsequence("GET /api/v3/checks/", "GET /api/v2/checks/", "GET /api/v2/channels/");
        assertThat(r.out()).contains("Healthchecks API v2", "checks: 1 created");
        assertThat(r.out()).contains("replace " + hc.url() + "/ping/ with", "make 127.0.0.1 resolve to this server");
        assertThat(check(BACKUP)).containsEntry("success_kw", "SUCCESS").containsEntry("failure_kw", "FAIL")
            .containsEntry("filter_subject", 1).containsEntry("timeout", 120);
    }

    @Test
    void aCheckListedTwiceIsAMalformedAnswer() {
        String one = "{\"name\": \"x\", \"uuid\": \"" + BACKUP + "\", \"timeout\": 3600}";
        hc.answer("/api/v3/checks/", 200, "application/json", "{\"checks\": [" + one + "," + one + "]}");
        Cli.Run r = new Cli(tmp).env("HC_API_KEY", RW_KEY).run("import-healthchecks", "--url", hc.url(),
            "--data-dir", data.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("malformed answer to GET " + hc.url() + "/api/v3/checks/: check " + BACKUP
            + " is listed 2 times");
    }

    @Test
    void everySupportedIntegrationKindIsCreatedNeedingSettingsAndTheOthersAreListedAsSkipped() {
        Cli.Run r = importing();
        List<String> channels = strings("SELECT name || '=' || kind || ' ' || needs_settings FROM channel ORDER BY uuid", null);
        assertThat(channels).containsExactly("Ops mail=email 1", "Home webhook=webhook 1", "Team Slack=slack 1",
            "Discord=discord 1", "Telegram=telegram 1", "Pushover=pushover 1", "ntfy=ntfy 1", "Gotify=gotify 1",
            "Matrix room=matrix 1", "Mattermost=slack 1");
        assertThat(r.out()).contains("\"PagerDuty\" (pd): skipped, Cronkeeper has no pd integration",
            "\"SMS to Ann\" (sms): skipped", "\"Pushover\" (po): created as pushover for 1 check(s), needs your Pushover user key",
            "\"Home webhook\" (webhook): created as webhook for 2 check(s)", "Telegram\" (telegram): created as telegram",
            "Enter the settings of 10 integration(s)", "Skipped integrations have no Cronkeeper kind");
        assertThat(count(db, "SELECT count(*) FROM check_channel cc JOIN check_ c ON c.id = cc.check_id WHERE c.uuid = ?",
            BACKUP)).isEqualTo(10);
        assertThat(strings("SELECT ch.name FROM check_channel cc JOIN check_ c ON c.id = cc.check_id "
            + "JOIN channel ch ON ch.id = cc.channel_id WHERE c.uuid = ?", CERTS)).containsExactly("Home webhook");
    }

    @Test
    void historyBringsPingBodiesAndFlipsForReference() {
        Cli.Run r = importing("--history");
        assertThat(r.out()).contains("history: 2 pings (1 with bodies) and 2 flips added");
        byte[] body = db.withHandle(h -> h.createQuery("SELECT p.body FROM ping p JOIN check_ c ON c.id = p.check_id "
            + "WHERE c.uuid = ? AND p.n = 2").bind(0, BACKUP).mapTo(byte[].class).one());
        assertThat(body).isEqualTo("backup finished: 3 GiB\n".getBytes(StandardCharsets.UTF_8));
        assertThat(strings("SELECT old_status || '>' || new_status FROM flip f JOIN check_ c "
            + "ON c.id = f.check_id WHERE c.uuid = ? AND f.processed IS NOT NULL ORDER BY f.created", BACKUP)).containsExactly("new>down", "down>up");
        assertThat(check(BACKUP)).containsEntry("status", "new").containsEntry("n_pings", 2);
        Cli.Run again = importing("--history");
        assertThat(again.out()).doesNotContain("history:");
        assertThat(count(db, "SELECT count(*) FROM ping", null)).isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM flip", null)).isEqualTo(2);
    }

    @Test
    void afterTheImportTheUuidUrlsAnswerAndImportedIntegrationsSendNothing() {
        importing();
        try (TestServer server = TestServer.start(data)) {
            assertThat(server.get("/ping/" + BACKUP).statusCode()).isEqualTo(200);
            assertThat(server.post("/ping/" + BACKUP + "/fail", "disk full").statusCode()).isEqualTo(200);
            assertThat(server.post("/ping/" + CERTS + "/fail", "").statusCode()).isEqualTo(200);
            assertThat(count(server.jdbi(), "SELECT count(*) FROM check_ WHERE status = 'down'", null)).isEqualTo(2);
            assertThat(count(server.jdbi(), "SELECT count(*) FROM notification", null))
                .as("no alert is queued for integrations without settings").isZero();
        }
    }
}
