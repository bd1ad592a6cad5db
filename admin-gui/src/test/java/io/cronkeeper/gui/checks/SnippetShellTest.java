package io.cronkeeper.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.HttpAdminClient;
import io.cronkeeper.gui.client.Ping;
import io.cronkeeper.gui.client.PingKind;
import io.cronkeeper.gui.client.Project;
import io.cronkeeper.gui.testing.LiveServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line and URL the app offers to paste, run in real bash and dash (cron's {@code /bin/sh}
 * on Debian) with a real job against the real server: the stored ping must say what the job did.
 */
class SnippetShellTest {
    private static final List<String> SHELLS = List.of("/bin/bash", "/bin/dash");
    /** Output a shell could mangle: backslash escapes, {@code %}, quotes, a {@code $}. */
    private static final String OUTPUT = "backslash \\n stays, 100% done, \"quoted\" 'single' $HOME\nlast line";
    private static final AtomicInteger CHECKS = new AtomicInteger();

    @TempDir
    static Path dir;
    static LiveServer server;
    static HttpAdminClient client;
    static Project project;

    @BeforeAll
    static void start() {
        server = LiveServer.start(dir.resolve("data"));
        client = new HttpAdminClient(server.endpoint());
        project = client.createProject("Snippets");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> snippetRuns() {
        List<Arguments> runs = new ArrayList<>();
        for (String shell : SHELLS) {
            for (String snippet : List.of("curl", "curlOutput", "crontab")) {
                for (int exit : new int[] {0, 3}) {
                    runs.add(Arguments.of(shell, snippet, exit));
                }
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} {1} exit {2}")
    @MethodSource("snippetRuns")
    void snippetReportsTheJobsExitStatus(String shell, String snippetId, int exit) throws Exception {
        Check check = newCheck();
        String line = command(check, snippetId).replace(PingUrls.JOB, job(exit, OUTPUT).toString());

        Run run = run(shell, line, System.getenv("PATH"));
        assertThat(run.exit()).as(run.toString()).isZero();

        Ping ping = onlyPing(check);
        assertThat(ping.kind()).isEqualTo(exit == 0 ? PingKind.SUCCESS : PingKind.FAIL);
        assertThat(ping.exitStatus()).hasValue(exit);
        if (snippetId.equals("curlOutput")) {
            assertThat(body(check, ping)).isEqualTo(OUTPUT + "\nto stderr");
        }
    }

    static Stream<Arguments> shells() {
        return SHELLS.stream().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("shells")
    void outputSendsItsLast10000Bytes(String shell) throws Exception {
        Check check = newCheck();
        String output = "x".repeat(25_000) + "THE END";
        String line = PingUrls.curlWithOutput(check).replace(PingUrls.JOB, job(3, output).toString());
        assertThat(run(shell, line, System.getenv("PATH")).exit()).isZero();
        Ping ping = onlyPing(check);
        assertThat(ping.exitStatus()).hasValue(3);
        String body = body(check, ping);
        assertThat(body).hasSize(10_000).endsWith("to stderr");
    }

    static Stream<Arguments> urlRuns() {
        List<Arguments> runs = new ArrayList<>();
        for (String shell : SHELLS) {
            for (PingUrls.Signal signal : PingUrls.SIGNALS) {
                for (boolean bySlug : new boolean[] {false, true}) {
                    runs.add(Arguments.of(shell, signal.id(), bySlug));
                }
            }
        }
        return runs.stream();
    }

    /** Each URL row, pasted after the job as {@code curl <url>}, plain and in double quotes. */
    @ParameterizedTest(name = "{0} {1} by slug {2}")
    @MethodSource("urlRuns")
    void pingUrlsRecordTheirSignal(String shell, String signalId, boolean bySlug) throws Exception {
        PingUrls.Signal signal = PingUrls.SIGNALS.stream().filter(s -> s.id().equals(signalId)).findFirst().orElseThrow();
        for (String quote : List.of("", "\"")) {
            for (int exit : new int[] {0, 3}) {
                Check check = newCheck();
                String url = bySlug ? PingUrls.bySlug(check, signal).orElseThrow() : PingUrls.byUuid(check, signal);
                String line = job(exit, "out") + "; curl -fsS -m 10 -o /dev/null " + quote + url + quote;
                assertThat(run(shell, line, System.getenv("PATH")).exit()).isZero();
                Ping ping = onlyPing(check);
                PingKind expected = switch (signalId) {
                    case "success" -> PingKind.SUCCESS;
                    case "start" -> PingKind.START;
                    case "fail" -> PingKind.FAIL;
                    case "log" -> PingKind.LOG;
                    default -> exit == 0 ? PingKind.SUCCESS : PingKind.FAIL;
                };
                assertThat(ping.kind()).as(line).isEqualTo(expected);
                if (signalId.equals("exit")) {
                    assertThat(ping.exitStatus()).as(line).hasValue(exit);
                }
            }
        }
    }

    static Stream<Arguments> snippetsWithoutCurl() {
        List<Arguments> runs = new ArrayList<>();
        for (String shell : SHELLS) {
            for (String snippet : List.of("curl", "curlOutput", "crontab")) {
                runs.add(Arguments.of(shell, snippet));
            }
        }
        return runs.stream();
    }

    /**
     * Without curl no ping arrives (the check goes down after its grace: the dead-man's switch
     * notices), the shell names the missing command on stderr, which cron mails, and the line
     * fails; the job's output is not swallowed.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("snippetsWithoutCurl")
    void withoutCurlTheLineFailsLoudlyAndNoPingIsRecorded(String shell, String snippetId) throws Exception {
        Check check = newCheck();
        Path bin = Files.createDirectories(dir.resolve("bin-without-curl"));
        Path tail = bin.resolve("tail");
        if (!Files.exists(tail)) {
            Files.createSymbolicLink(tail, Path.of(which("tail")));
        }
        String line = command(check, snippetId).replace(PingUrls.JOB, job(0, "job says hello").toString());
        Run run = run(shell, line, bin.toString());
        assertThat(run.err()).as(run.toString()).contains("curl").contains("not found");
        if (snippetId.equals("curlOutput")) {
            // The output reaches stderr instead of the server; the line itself ends well.
            assertThat(run.err()).contains("job says hello");
        } else {
            assertThat(run.exit()).as(run.toString()).isEqualTo(127);
        }
        assertThat(client.pings(check.uuid())).isEmpty();
    }

    private static Check newCheck() {
        String name = "job-" + CHECKS.incrementAndGet();
        return client.createCheck(project.uuid(), Map.of("name", name, "slug", name));
    }

    /** The shell command of a snippet; of the crontab line, what follows the five time fields, as cron runs it. */
    private static String command(Check check, String id) {
        String text = PingUrls.snippets(check).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().text();
        return id.equals("crontab") ? text.split(" ", 6)[5] : text;
    }

    /** A job that prints {@code output} on stdout, a line on stderr, and exits with {@code exit}. */
    private static Path job(int exit, String output) throws IOException {
        Path out = dir.resolve("output-" + exit + "-" + output.hashCode() + ".txt");
        Files.writeString(out, output);
        Path script = dir.resolve("job-" + exit + "-" + output.hashCode() + ".sh");
        Files.writeString(script, "#!/bin/sh\nwhile IFS= read -r l || [ -n \"$l\" ]; do printf '%s\\n' \"$l\"; done < '"
            + out + "'\necho 'to stderr' >&2\nexit " + exit + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static Ping onlyPing(Check check) {
        List<Ping> pings = client.pings(check.uuid());
        assertThat(pings).hasSize(1);
        return pings.getFirst();
    }

    private static String body(Check check, Ping ping) {
        return new String(client.pingBody(check.uuid(), ping.n()).bytes(), StandardCharsets.UTF_8);
    }

    record Run(int exit, String out, String err) {
    }

    private static Run run(String shell, String line, String path) throws Exception {
        var pb = new ProcessBuilder(shell, "-c", line);
        pb.environment().put("PATH", path);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("snippet did not finish: " + line);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String which(String command) throws Exception {
        return run("/bin/sh", "command -v " + command, System.getenv("PATH")).out().strip();
    }
}
