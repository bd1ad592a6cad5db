package io.cronkeeper.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One oracle question: {@code expression}, evaluated with TZ={@code zone}, from {@code base}.
 * Answers are token lists as make-oracle.sh writes them: "invalid", or up to {@value #ITERATIONS}
 * UTC instants in whole seconds (systemd prints no fractions), then "never" when the schedule
 * ends.
 */
record OracleCase(ZoneId zone, Instant base, String expression, List<String> expected) {
    static final int ITERATIONS = 5;

    @Override
    public String toString() {
        return "TZ=" + zone + " base=" + base + " '" + expression + "'";
    }

    /** The inputs, from expressions.txt (no expected answers). */
    static List<OracleCase> inputs() {
        return rows("expressions.txt", 3);
    }

    /** The committed answers of systemd 252, from oracle.tsv. */
    static List<OracleCase> oracle() {
        return rows("oracle.tsv", 4);
    }

    /** Our engine's answer, in the oracle's tokens; {@code nextAfter} is chained from each result. */
    List<String> ours() {
        OnCalendarExpression parsed;
        try {
            parsed = OnCalendarExpression.parse(expression);
        } catch (InvalidScheduleException e) {
            return List.of("invalid");
        }
        List<String> out = new ArrayList<>();
        ZonedDateTime t = base.atZone(zone);
        for (int i = 0; i < ITERATIONS; i++) {
            Optional<ZonedDateTime> next = parsed.nextAfter(t);
            if (next.isEmpty()) {
                out.add("never");
                break;
            }
            if (!next.get().isAfter(t) || !next.get().getZone().equals(zone)) {
                out.add("BUG: " + next.get() + " is not after " + t + " in its zone");
                break;
            }
            out.add(DateTimeFormatter.ISO_INSTANT.format(next.get().toInstant().truncatedTo(ChronoUnit.SECONDS)));
            t = next.get();
        }
        return out;
    }

    /**
     * systemd answers "error" when its search gives up (it then prints nothing more); our engine
     * gives up at the same point and reports that as no further elapse.
     */
    List<String> expectedAsOurs() {
        return expected.stream().map(s -> s.equals("error") ? "never" : s).toList();
    }

    private static List<OracleCase> rows(String resource, int columns) {
        List<OracleCase> out = new ArrayList<>();
        for (String line : read(resource).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != columns) {
                throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
            }
            List<String> expected = columns == 4 ? Arrays.asList(f[3].split(" ")) : List.of();
            out.add(new OracleCase(ZoneId.of(f[0]), Instant.parse(f[1]), f[2], List.copyOf(expected)));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(resource + " has no rows");
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = OracleCase.class.getResourceAsStream("/oncalendar/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource oncalendar/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
