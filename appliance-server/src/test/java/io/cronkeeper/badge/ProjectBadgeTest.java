package io.cronkeeper.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Project badges per tag and for all checks (reference §4.8): states, counts, labels, colours. */
@ServerTest
class ProjectBadgeTest {
    static TestServer server;
    BadgeFixture f;

    @BeforeEach
    void newProject() {
        server.clock.set(TestServer.T0);
        f = new BadgeFixture(server, "badges");
    }

    @Test
    void allChecksBadgeOfAProjectWithoutChecksIsUpWithNoneCounted() {
        assertThat(f.json("*", false).toString()).isEqualTo("{\"status\":\"up\",\"total\":0,\"grace\":0,\"down\":0}");
    }

    @Test
    void newPausedAndStartedChecksCountAsUp() {
        f.check("new", "");
        JsonNode started = f.check("started", "");
        f.ping(started, "/start");
        JsonNode paused = f.check("paused", "");
        f.pause(paused);
        assertThat(f.json("*", false).toString()).isEqualTo("{\"status\":\"up\",\"total\":3,\"grace\":0,\"down\":0}");
    }

    @Test
    void checkInGraceMakesThreeStateBadgeLateAndTwoStateBadgeUp() {
        JsonNode c = f.check("backup", "prod");
        f.ping(c, "");
        server.clock.advance(BadgeFixture.TIMEOUT);
        String late = "{\"status\":\"late\",\"total\":1,\"grace\":1,\"down\":0}";
        assertThat(f.json("prod", false).toString()).isEqualTo(late);
        assertThat(f.json("*", false).toString()).isEqualTo(late);
        String up = "{\"status\":\"up\",\"total\":1,\"grace\":1,\"down\":0}";
        assertThat(f.json("prod", true).toString()).isEqualTo(up);
        assertThat(f.json("*", true).toString()).isEqualTo(up);
    }

    @Test
    void anyDownCheckMakesTheBadgeDownInBothVariants() {
        JsonNode ok = f.check("ok", "prod");
        JsonNode late = f.check("late", "prod");
        f.check("failing", "prod db");
        f.ping(late, "");
        server.clock.advance(BadgeFixture.TIMEOUT.minus(BadgeFixture.GRACE));
        f.ping(ok, "");
        server.clock.advance(BadgeFixture.GRACE);
        f.ping(f.check("failed", "prod"), "/fail");
        String expected = "{\"status\":\"down\",\"total\":4,\"grace\":1,\"down\":1}";
        assertThat(f.json("prod", false).toString()).isEqualTo(expected);
        assertThat(f.json("prod", true).toString()).isEqualTo(expected);
    }

    @Test
    void checkPastItsGraceIsDownWithoutAnyPing() {
        f.ping(f.check("silent", "nightly"), "");
        server.clock.advance(BadgeFixture.TIMEOUT.plus(BadgeFixture.GRACE));
        assertThat(f.json("nightly", false).toString())
            .isEqualTo("{\"status\":\"down\",\"total\":1,\"grace\":0,\"down\":1}");
    }

    @Test
    void tagBadgeCountsOnlyChecksWithThatTag() {
        f.check("a", "web db");
        f.ping(f.check("b", "db"), "/fail");
        f.check("c", "web");
        assertThat(f.json("web", false).toString()).isEqualTo("{\"status\":\"up\",\"total\":2,\"grace\":0,\"down\":0}");
        assertThat(f.json("db", false).toString()).isEqualTo("{\"status\":\"down\",\"total\":2,\"grace\":0,\"down\":1}");
        assertThat(f.json("*", false).toString()).isEqualTo("{\"status\":\"down\",\"total\":3,\"grace\":0,\"down\":1}");
    }

    @Test
    void shieldsFormatLabelsTagBadgesByTagAndTheAllChecksBadgeCronkeeper() {
        f.check("a", "web");
        assertThat(f.get("web", false, "shields").body())
            .isEqualTo("{\"schemaVersion\":1,\"label\":\"web\",\"message\":\"up\",\"color\":\"success\"}");
        assertThat(f.get("*", true, "shields").body())
            .isEqualTo("{\"schemaVersion\":1,\"label\":\"Cronkeeper\",\"message\":\"up\",\"color\":\"success\"}");
    }

    @Test
    void shieldsColoursFollowTheStatus() {
        JsonNode c = f.check("a", "web");
        f.ping(c, "");
        server.clock.advance(BadgeFixture.TIMEOUT);
        assertThat(TestServer.json(f.get("web", false, "shields").body()).get("color").asText()).isEqualTo("important");
        assertThat(TestServer.json(f.get("web", false, "shields").body()).get("message").asText()).isEqualTo("late");
        assertThat(TestServer.json(f.get("web", true, "shields").body()).get("color").asText()).isEqualTo("success");
        server.clock.advance(BadgeFixture.GRACE);
        assertThat(TestServer.json(f.get("web", false, "shields").body()).get("color").asText()).isEqualTo("critical");
        assertThat(TestServer.json(f.get("web", true, "shields").body()).get("message").asText()).isEqualTo("down");
    }

    @Test
    void tagsWithSlashesUnicodeAndMarkupWorkThroughTheirEncodedUrls() {
        String tag = "ops/<ünï>&\"☃\"";
        f.check("a", tag + " other");
        assertThat(f.path(tag, false, "json")).contains("/ops%2F%3C%C3%BCn%C3%AF%3E%26%22%E2%98%83%22.json");
        assertThat(f.json(tag, false).get("total").asInt()).isEqualTo(1);
        assertThat(TestServer.json(f.get(tag, false, "shields").body()).get("label").asText()).isEqualTo(tag);
    }

    @Test
    void tagWithDotsKeepsTheLastDotForTheFormat() {
        f.check("a", "v1.2.svg");
        assertThat(f.json("v1.2.svg", false).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void signatureEndingInDashTwoStillServesTheThreeStateBadge() {
        String tag = null;
        for (int i = 0; tag == null; i++) {
            if (BadgeSigner.sig8(f.secret, f.badgeKey, "t" + i).endsWith("-2")) {
                tag = "t" + i;
            }
        }
        JsonNode c = f.check("a", tag);
        f.ping(c, "");
        server.clock.advance(BadgeFixture.TIMEOUT);
        assertThat(f.json(tag, false).get("status").asText()).isEqualTo("late");
        assertThat(f.json(tag, true).get("status").asText()).isEqualTo("up");
    }

    @Test
    void badgesOfOneProjectIgnoreOtherProjectsChecks() {
        BadgeFixture other = new BadgeFixture(server, "other");
        other.ping(other.check("x", "web"), "/fail");
        f.check("a", "web");
        assertThat(f.json("web", false).toString()).isEqualTo("{\"status\":\"up\",\"total\":1,\"grace\":0,\"down\":0}");
    }
}
