package io.cronkeeper.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.testing.FakeClient;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextExpectedTest {
    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    private static Check check(CheckStatus status, Optional<Instant> next, Optional<Instant> alertAfter) {
        Check c = FakeClient.check("c", "p", "Backup", status);
        return new Check(c.uuid(), c.project(), c.name(), c.slug(), c.tags(), c.desc(), status, c.schedule(), c.grace(),
            Optional.of(NOW.minusSeconds(3600)), next, alertAfter, 3, c.pingUrl(), c.pingUrlSlug(), c.channels(),
            c.lastDuration(), c.raw());
    }

    @Test
    void aRunningCheckSaysWhenItsRunTimesOutNotThatItWasDueAgo() {
        var running = check(CheckStatus.STARTED, Optional.of(NOW.minusSeconds(17 * 60)), Optional.of(NOW.plusSeconds(40 * 60)));
        assertThat(NextExpected.describe(running, NOW)).isEqualTo("run times out in 40 min");
        var overdue = check(CheckStatus.STARTED, Optional.empty(), Optional.of(NOW.minusSeconds(60)));
        assertThat(NextExpected.describe(overdue, NOW)).isEqualTo("run timed out");
    }

    @Test
    void otherChecksShowTheirNextPing() {
        var up = check(CheckStatus.UP, Optional.of(NOW.plusSeconds(3 * 3600)), Optional.empty());
        assertThat(NextExpected.describe(up, NOW)).isEqualTo("in 3 h");
        assertThat(NextExpected.describe(check(CheckStatus.PAUSED, Optional.of(NOW), Optional.empty()), NOW)).isEqualTo("paused");
    }
}
