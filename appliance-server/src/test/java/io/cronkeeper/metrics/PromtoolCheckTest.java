package io.cronkeeper.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.cronkeeper.TestServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus parser reads the scrape: {@code promtool check metrics} from Debian's
 * {@code prometheus} package. Under CI it must be installed; elsewhere the test is skipped without it.
 */
class PromtoolCheckTest {
    /**
     * promtool exits 3 for lint findings, 1 for parse errors. The only findings allowed are
     * Healthchecks' own names: its two counts are gauges that end in {@code _total}.
     */
    private static final List<String> ALLOWED_LINT = List.of(
        "hc_checks_total non-counter metrics should not have \"_total\" suffix",
        "hc_checks_down_total non-counter metrics should not have \"_total\" suffix");

    @TempDir
    static Path dir;
    static TestServer server;

    record Result(int exit, String output) {
    }

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void scrapeWithTrickyNamesParsesWithPromtool() throws Exception {
        Path promtool = promtool();
        MetricsFixture f = new MetricsFixture(server, "promtool");
        String quoted = f.check("say \"hi\" \\ to\nthe \"world\"\\", "\"q\" back\\slash new\nline");
        f.check("ünïcödé ☃ 😀 日本語 \u00a0nbsp\ttab\rcr", "ünï 😀 Ａ");
        f.check("", "");
        String timed = f.check("timed", "t");
        f.ping(quoted, "/fail");
        f.ping(timed, "/start");
        server.clock.advance(Duration.ofMillis(1234));
        f.ping(timed, "");
        String scrape = f.scrape();
        assertThat(scrape).contains("hc_check_last_duration_seconds{").contains("\\n").contains("\\\"");

        Result result = run(promtool, scrape);
        assertThat(result.output()).doesNotContain("error");
        assertThat(result.exit()).as(result.output()).isIn(0, 3);
        List<String> findings = Arrays.stream(result.output().split("\n")).filter(l -> !l.isBlank()).toList();
        assertThat(findings).as("promtool findings").isSubsetOf(ALLOWED_LINT);
    }

    @Test
    void promtoolRejectsAnUnescapedNewlineSoTheCheckAboveCanFail() throws Exception {
        Result result = run(promtool(), "# HELP hc_check_up x\n# TYPE hc_check_up gauge\n"
            + "hc_check_up{name=\"a\nb\"} 1\n");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).contains("error while linting");
    }

    private static Path promtool() {
        Path found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(p -> Path.of(p, "promtool"))
            .filter(Files::isExecutable)
            .findFirst().orElse(null);
        if (found == null) {
            String reason = "promtool not on PATH: install Debian's 'prometheus' package (apt-get install prometheus)";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            Assumptions.abort(reason);
        }
        return found;
    }

    private static Result run(Path promtool, String metrics) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(metrics.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("promtool did not finish within 60 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
