package io.cronkeeper.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our engine against the systemd-analyze installed here, live: every row of expressions.txt, and
 * the same expressions from random base times, half of them within hours of a DST change. CI
 * must have systemd installed; without it these tests fail rather than pass unchecked.
 */
class OnCalendarLiveOracleTest {
    private static final long SEED = Long.getLong("oncalendar.seed", System.nanoTime());
    // Settled years only: future DST rules differ between tzdata releases (the JDK's and the system's).
    private static final Instant FROM = Instant.parse("2015-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");

    static List<OracleCase> inputs() {
        return OracleCase.inputs();
    }

    /** Each input again from a random base; the seed is in the name to replay with -Doncalendar.seed. */
    static Stream<OracleCase> randomBases() {
        Random random = new Random(SEED);
        List<OracleCase> out = new ArrayList<>();
        for (OracleCase row : OracleCase.inputs()) {
            Instant base = random.nextBoolean() ? anyTime(random) : nearDstChange(random, row.zone());
            out.add(new OracleCase(row.zone(), base, row.expression(), List.of()));
        }
        return out.stream();
    }

    @Test
    void systemdAnalyzeAndTimeZonesAreInstalled() {
        assertThat(SystemdAnalyze.unavailable()).as("live oracle").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void agreesWithSystemdOnEveryInput(OracleCase row) {
        assertAgrees(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomBases")
    void agreesWithSystemdFromRandomBaseTimes(OracleCase row) {
        assertAgrees(row);
    }

    private static void assertAgrees(OracleCase row) {
        SystemdAnalyze.unavailable().ifPresent(problem -> fail(problem));
        SystemdAnalyze systemd = SystemdAnalyze.onPath().orElseThrow();
        List<String> expected = systemd.calendar(row.zone(), row.base(), row.expression());
        List<String> normalized = new OracleCase(row.zone(), row.base(), row.expression(), expected).expectedAsOurs();
        assertThat(row.ours()).as(row + " (random seed " + SEED + ")").isEqualTo(normalized);
    }

    private static Instant anyTime(Random random) {
        long span = TO.getEpochSecond() - FROM.getEpochSecond();
        long micros = random.nextInt(4) == 0 ? random.nextInt(1_000_000) : 0;
        return FROM.plusSeconds(Math.floorMod(random.nextLong(), span)).plusNanos(micros * 1000);
    }

    private static Instant nearDstChange(Random random, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant probe = anyTime(random);
        ZoneOffsetTransition next = rules.nextTransition(probe);
        if (next == null || !next.getInstant().isBefore(TO)) {
            return probe;
        }
        long window = Duration.ofHours(3).toSeconds();
        return next.getInstant().plusSeconds(random.nextLong(-window, window));
    }
}
