package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.check.Check;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ping-key + slug URLs and auto-provisioning with {@code ?create=1} (reference §1.6). */
class SlugPingTest {
    @TempDir
    static Path dir;
    static PingFixture fx;

    @BeforeAll
    static void start() {
        fx = PingFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static String slugUrl(String slug) {
        return "/ping/" + fx.project.pingKey() + "/" + slug;
    }

    @Test
    void slugPingIsRecordedOnTheCheckWithThatSlug() {
        String other = fx.newCheck("{\"slug\": \"db-backup-other\"}");
        String uuid = fx.newCheck("{\"name\": \"DB backup\", \"slug\": \"db_backup-2\"}");
        assertThat(fx.get(slugUrl("db_backup-2") + "/fail").statusCode()).isEqualTo(200);
        assertThat(fx.stored.onlyPing(uuid).kind()).isEqualTo("fail");
        assertThat(fx.stored.pings(other)).isEmpty();
    }

    @Test
    void sameSlugInAnotherProjectIsNotAmbiguous() {
        String mine = fx.newCheck("{\"slug\": \"shared-slug\"}");
        var otherProject = fx.server.createProject("Other");
        String theirs = fx.server.createCheck(otherProject.apiKey(), "{\"slug\": \"shared-slug\"}").get("uuid").asText();
        assertThat(fx.get(slugUrl("shared-slug")).statusCode()).isEqualTo(200);
        assertThat(fx.get("/ping/" + otherProject.pingKey() + "/shared-slug/start").statusCode()).isEqualTo(200);
        assertThat(fx.stored.onlyPing(mine).kind()).isNull();
        assertThat(fx.stored.onlyPing(theirs).kind()).isEqualTo("start");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?create=true", "?create=", "?create=01", "?create=yes", "?create", "?Create=1"})
    void onlyCreateEqualToOneProvisions(String query) {
        HttpResponse<String> res = fx.get(slugUrl("not-made") + query);
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("not found");
        assertThat(fx.stored.checksWithSlug("not-made")).isEmpty();
    }

    @Test
    void provisionedCheckHasHealthchecksDefaultsAndTheFirstPing() {
        long now = fx.nowMicros();
        HttpResponse<String> res = fx.get(slugUrl("fresh-job") + "?create=1");
        assertThat(res.statusCode()).isEqualTo(201);
        Check c = fx.stored.checksWithSlug("fresh-job").getFirst();
        assertThat(c.name()).isEqualTo("fresh-job");
        assertThat(c.kind()).isEqualTo("simple");
        assertThat(c.timeout()).isEqualTo(86400);
        assertThat(c.grace()).isEqualTo(3600);
        assertThat(c.status()).isEqualTo("up");
        assertThat(c.lastPing()).isEqualTo(now);
        assertThat(fx.stored.onlyPing(c.uuid()).n()).isEqualTo(1);

        var listed = TestServer.json(fx.server.get("/api/v3/checks/?slug=fresh-job", fx.project.apiKey()).body());
        assertThat(listed.get("checks")).hasSize(1);
        assertThat(listed.get("checks").get(0).get("uuid").asText()).isEqualTo(c.uuid());
    }

    @Test
    void secondPingWithCreateAnswersOkAndCreatesNoSecondCheck() {
        assertThat(fx.get(slugUrl("twice-created") + "?create=1").statusCode()).isEqualTo(201);
        HttpResponse<String> res = fx.get(slugUrl("twice-created") + "?create=1");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("OK");
        assertThat(fx.stored.checksWithSlug("twice-created")).singleElement()
            .satisfies(c -> assertThat(c.nPings()).isEqualTo(2));
    }

    @Test
    void simultaneousFirstPingsCreateOneCheck() {
        var statuses = fx.concurrently(16, 1, t -> slugUrl("raced") + "?create=1");
        assertThat(statuses).hasSize(16).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(fx.stored.checksWithSlug("raced")).singleElement()
            .satisfies(c -> assertThat(c.nPings()).isEqualTo(16));
    }

    @Test
    void provisioningWorksWithEveryAction() {
        assertThat(fx.get(slugUrl("made-by-start") + "/start?create=1").statusCode()).isEqualTo(201);
        assertThat(fx.get(slugUrl("made-by-fail") + "/fail?create=1").statusCode()).isEqualTo(201);
        assertThat(fx.get(slugUrl("made-by-log") + "/log?create=1").statusCode()).isEqualTo(201);
        assertThat(fx.get(slugUrl("made-by-exit") + "/3?create=1").statusCode()).isEqualTo(201);

        Check started = fx.stored.checksWithSlug("made-by-start").getFirst();
        assertThat(started.status()).isEqualTo("new");
        assertThat(started.lastStart()).isNotNull();
        assertThat(fx.stored.checksWithSlug("made-by-fail").getFirst().status()).isEqualTo("down");
        assertThat(fx.stored.checksWithSlug("made-by-log").getFirst().status()).isEqualTo("new");
        Check exited = fx.stored.checksWithSlug("made-by-exit").getFirst();
        assertThat(exited.status()).isEqualTo("down");
        assertThat(fx.stored.onlyPing(exited.uuid()).exitstatus()).isEqualTo(3);
    }

    @Test
    void provisionedCheckStaysWhenTheExitStatusIsOutOfRange() {
        HttpResponse<String> res = fx.get(slugUrl("made-by-bad-exit") + "/256?create=1");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("invalid url format");
        Check c = fx.stored.checksWithSlug("made-by-bad-exit").getFirst();
        assertThat(c.nPings()).isZero();
        assertThat(c.status()).isEqualTo("new");
        assertThat(fx.stored.pings(c.uuid())).isEmpty();
    }

    @Test
    void provisionedCheckStaysWhenTheRunIdIsBad() {
        HttpResponse<String> res = fx.get(slugUrl("made-by-bad-rid") + "?create=1&rid=nope");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("invalid uuid format");
        assertThat(fx.stored.checksWithSlug("made-by-bad-rid")).singleElement()
            .satisfies(c -> assertThat(c.nPings()).isZero());
    }

    @Test
    void createWithUnknownPingKeyIsNotFound() {
        HttpResponse<String> res = fx.get("/ping/nosuchpingkey000000000/orphan?create=1");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(fx.stored.checksWithSlug("orphan")).isEmpty();
    }

    @Test
    void createWithUppercaseSlugIsInvalidUrlAndCreatesNothing() {
        HttpResponse<String> res = fx.get(slugUrl("Shouty") + "?create=1");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("invalid url format");
        assertThat(fx.stored.checksWithSlug("Shouty")).isEmpty();
        assertThat(fx.stored.checksWithSlug("shouty")).isEmpty();
    }

    @Test
    void createDoesNothingOnUuidUrls() {
        String unknown = UUID.randomUUID().toString();
        assertThat(fx.get("/ping/" + unknown + "?create=1").statusCode()).isEqualTo(404);
        long made = fx.server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM check_ WHERE uuid = :u")
            .bind("u", unknown).mapTo(Long.class).one());
        assertThat(made).isZero();
    }

    @Test
    void ambiguousSlugStaysAConflictWithCreate() {
        fx.newCheck("{\"slug\": \"dup-create\"}");
        fx.newCheck("{\"slug\": \"dup-create\"}");
        HttpResponse<String> res = fx.get(slugUrl("dup-create") + "?create=1");
        assertThat(res.statusCode()).isEqualTo(409);
        assertThat(fx.stored.checksWithSlug("dup-create")).hasSize(2);
    }
}
