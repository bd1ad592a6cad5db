package io.cronkeeper.metrics;

import static io.cronkeeper.metrics.MetricsFixture.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact text of a scrape: families, order, labels, escaping and the two added gauges. */
@ServerTest
class MetricsOutputTest {
    static TestServer server;
    MetricsFixture f;

    @BeforeEach
    void newProject() {
        server.clock.set(TestServer.T0);
        f = new MetricsFixture(server, "metrics");
    }

    @Test
    void projectWithoutChecksHasEveryFamilyAndZeroTotals() {
        assertThat(f.scrape()).isEqualTo("""
            # HELP hc_check_up Whether the check is currently up (1 for yes, 0 for no).
            # TYPE hc_check_up gauge

            # HELP hc_check_started Whether the check is currently started (1 for yes, 0 for no).
            # TYPE hc_check_started gauge

            # HELP hc_check_grace Whether the check is currently in the grace period (1 for yes, 0 for no).
            # TYPE hc_check_grace gauge

            # HELP hc_check_paused Whether the check is currently paused (1 for yes, 0 for no).
            # TYPE hc_check_paused gauge

            # HELP hc_tag_up Whether all checks with this tag are up (1 for yes, 0 for no).
            # TYPE hc_tag_up gauge

            # HELP hc_checks_total The total number of checks.
            # TYPE hc_checks_total gauge
            hc_checks_total 0

            # HELP hc_checks_down_total The number of checks currently down.
            # TYPE hc_checks_down_total gauge
            hc_checks_down_total 0

            # HELP hc_check_last_ping_timestamp_seconds When the check last received a success or failure \
            ping, as a Unix timestamp in seconds.
            # TYPE hc_check_last_ping_timestamp_seconds gauge

            # HELP hc_check_last_duration_seconds How long the last timed run took, from its start ping to \
            the ping that ended it, in seconds.
            # TYPE hc_check_last_duration_seconds gauge
            """);
    }

    @Test
    void fullOutputForChecksInEveryState() {
        // Created in an order that is neither alphabetical nor by status: output follows creation.
        String tricky = f.check("db \"primary\" \\ backup\nline 2", "prod db");
        String late = f.check("web", "prod web");
        String down = f.check("cron", "ünï zz 😀 Ａ");
        String paused = f.check("paused", "");
        String started = f.check("", "");
        String timed = f.check("timed", "prod");
        f.ping(late, "");
        server.clock.advance(Duration.ofMinutes(30));
        f.ping(tricky, "");
        f.ping(down, "/fail");
        f.ping(timed, "/start");
        server.clock.advance(Duration.ofMillis(90_500));
        f.ping(timed, "");
        f.pause(paused);
        server.clock.set(TestServer.T0.plus(Duration.ofMinutes(59)));
        f.ping(started, "/start");
        server.clock.set(TestServer.T0.plus(Duration.ofMinutes(61)));

        String labels1 = "{name=\"db \\\"primary\\\" \\\\ backup\\nline 2\", tags=\"prod db\", unique_key=\"%s\"}"
            .formatted(key(tricky));
        String labels2 = "{name=\"web\", tags=\"prod web\", unique_key=\"%s\"}".formatted(key(late));
        String labels3 = "{name=\"cron\", tags=\"ünï zz 😀 Ａ\", unique_key=\"%s\"}".formatted(key(down));
        String labels4 = "{name=\"paused\", tags=\"\", unique_key=\"%s\"}".formatted(key(paused));
        String labels5 = "{name=\"\", tags=\"\", unique_key=\"%s\"}".formatted(key(started));
        String labels6 = "{name=\"timed\", tags=\"prod\", unique_key=\"%s\"}".formatted(key(timed));
        String expected = """
            # HELP hc_check_up Whether the check is currently up (1 for yes, 0 for no).
            # TYPE hc_check_up gauge
            hc_check_up{1} 1
            hc_check_up{2} 1
            hc_check_up{3} 0
            hc_check_up{4} 1
            hc_check_up{5} 1
            hc_check_up{6} 1

            # HELP hc_check_started Whether the check is currently started (1 for yes, 0 for no).
            # TYPE hc_check_started gauge
            hc_check_started{1} 0
            hc_check_started{2} 0
            hc_check_started{3} 0
            hc_check_started{4} 0
            hc_check_started{5} 1
            hc_check_started{6} 0

            # HELP hc_check_grace Whether the check is currently in the grace period (1 for yes, 0 for no).
            # TYPE hc_check_grace gauge
            hc_check_grace{1} 0
            hc_check_grace{2} 1
            hc_check_grace{3} 0
            hc_check_grace{4} 0
            hc_check_grace{5} 0
            hc_check_grace{6} 0

            # HELP hc_check_paused Whether the check is currently paused (1 for yes, 0 for no).
            # TYPE hc_check_paused gauge
            hc_check_paused{1} 0
            hc_check_paused{2} 0
            hc_check_paused{3} 0
            hc_check_paused{4} 1
            hc_check_paused{5} 0
            hc_check_paused{6} 0

            # HELP hc_tag_up Whether all checks with this tag are up (1 for yes, 0 for no).
            # TYPE hc_tag_up gauge
            hc_tag_up{tag="db"} 1
            hc_tag_up{tag="prod"} 1
            hc_tag_up{tag="web"} 1
            hc_tag_up{tag="zz"} 0
            hc_tag_up{tag="ünï"} 0
            hc_tag_up{tag="Ａ"} 0
            hc_tag_up{tag="😀"} 0

            # HELP hc_checks_total The total number of checks.
            # TYPE hc_checks_total gauge
            hc_checks_total 6

            # HELP hc_checks_down_total The number of checks currently down.
            # TYPE hc_checks_down_total gauge
            hc_checks_down_total 1

            # HELP hc_check_last_ping_timestamp_seconds When the check last received a success or failure \
            ping, as a Unix timestamp in seconds.
            # TYPE hc_check_last_ping_timestamp_seconds gauge
            hc_check_last_ping_timestamp_seconds{1} 1768480200
            hc_check_last_ping_timestamp_seconds{2} 1768478400
            hc_check_last_ping_timestamp_seconds{3} 1768480200
            hc_check_last_ping_timestamp_seconds{6} 1768480290.5

            # HELP hc_check_last_duration_seconds How long the last timed run took, from its start ping to \
            the ping that ended it, in seconds.
            # TYPE hc_check_last_duration_seconds gauge
            hc_check_last_duration_seconds{6} 90.5
            """
            .replace("{1}", labels1).replace("{2}", labels2).replace("{3}", labels3)
            .replace("{4}", labels4).replace("{5}", labels5).replace("{6}", labels6);
        assertThat(f.scrape()).isEqualTo(expected);
    }

    @Test
    void checkPastItsGraceIsDownAndTakesItsTagsDown() {
        String a = f.check("a", "shared only-a");
        f.check("b", "shared");
        f.ping(a, "");
        server.clock.advance(Duration.ofMinutes(70));
        assertThat(f.scrape())
            .contains("hc_check_up{name=\"a\", tags=\"shared only-a\", unique_key=\"" + key(a) + "\"} 0\n")
            .contains("hc_tag_up{tag=\"only-a\"} 0\nhc_tag_up{tag=\"shared\"} 0\n")
            .contains("hc_checks_down_total 1\n");
    }

    @Test
    void expiredRunIsDownAndStillStarted() {
        String c = f.check("runner", "");
        f.ping(c, "/start");
        server.clock.advance(Duration.ofMinutes(10));
        String labels = "{name=\"runner\", tags=\"\", unique_key=\"" + key(c) + "\"}";
        assertThat(f.scrape())
            .contains("hc_check_up" + labels + " 0\n")
            .contains("hc_check_started" + labels + " 1\n");
    }

    @Test
    void oneProjectsScrapeHasNoneOfAnothersChecks() {
        MetricsFixture other = new MetricsFixture(server, "other");
        other.check("secret-check", "secret-tag");
        f.check("mine", "");
        assertThat(f.scrape()).doesNotContain("secret").contains("hc_checks_total 1\n");
    }
}
