package io.cronkeeper.schedule;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code systemd-analyze calendar} and reads its answer the way make-oracle.sh does. */
final class SystemdAnalyze {
    static final String MISSING = "systemd-analyze is not on the PATH: install systemd "
            + "(apt-get install -y systemd tzdata); the OnCalendar engine is checked against it live";
    static final String NO_TZDATA = "/usr/share/zoneinfo has no Europe/Riga: install tzdata "
            + "(apt-get install -y tzdata); without it systemd-analyze silently evaluates every zone as UTC";

    private static final Pattern ELAPSE = Pattern.compile(
            "^\\s*(?:Next elapse|Iter\\. #\\d+):\\s+(?:never|\\S+ (\\S+) (\\S+) \\S+)$");
    private static final Pattern IN_UTC = Pattern.compile("^\\s*\\(in UTC\\):\\s+\\S+ (\\S+) (\\S+) UTC$");
    private static final DateTimeFormatter BASE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS 'UTC'").withZone(ZoneOffset.UTC);

    private final Path executable;

    private SystemdAnalyze(Path executable) {
        this.executable = executable;
    }

    /** What keeps the live comparison from running here, if anything. */
    static Optional<String> unavailable() {
        if (onPath().isEmpty()) {
            return Optional.of(MISSING);
        }
        if (!Files.isRegularFile(Path.of("/usr/share/zoneinfo/Europe/Riga"))) {
            return Optional.of(NO_TZDATA);
        }
        return Optional.empty();
    }

    static Optional<SystemdAnalyze> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "systemd-analyze");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new SystemdAnalyze(candidate));
            }
        }
        return Optional.empty();
    }

    /** Tokens as in oracle.tsv: "invalid", or instants then "never"/"error". */
    List<String> calendar(ZoneId zone, Instant base, String expression) {
        for (int n = OracleCase.ITERATIONS; n >= 1; n--) {
            Run run = run(zone, base, expression, n);
            if (run.exit == 0) {
                List<String> out = parse(run.stdout, n);
                if (n < OracleCase.ITERATIONS) {
                    out.add("error");
                }
                return out;
            }
            if (run.stdout.contains("Failed to parse calendar specification")) {
                return new ArrayList<>(List.of("invalid"));
            }
            // A later iteration failed and systemd printed nothing: retry for the good prefix.
        }
        return new ArrayList<>(List.of("error"));
    }

    private static List<String> parse(String stdout, int iterations) {
        List<String> out = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            Matcher elapse = ELAPSE.matcher(line);
            Matcher utc = IN_UTC.matcher(line);
            if (elapse.matches()) {
                out.add(elapse.group(1) == null ? "never" : elapse.group(1) + "T" + elapse.group(2) + "Z");
            } else if (utc.matches()) {
                // Restates the elapse above it in UTC (absent when TZ is UTC).
                out.set(out.size() - 1, utc.group(1) + "T" + utc.group(2) + "Z");
            }
        }
        if (out.size() < iterations && (out.isEmpty() || !out.getLast().equals("never"))) {
            out.add("never");
        }
        return out;
    }

    private record Run(int exit, String stdout) {}

    private Run run(ZoneId zone, Instant base, String expression, int iterations) {
        ProcessBuilder pb = new ProcessBuilder(executable.toString(), "calendar", "--no-pager",
                "--iterations=" + iterations, "--base-time=" + BASE.format(base), "--", expression);
        pb.environment().put("TZ", zone.getId());
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("SYSTEMD_COLORS", "0");
        pb.redirectErrorStream(true);
        try {
            Process p = pb.start();
            String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Run(p.waitFor(), stdout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
