package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.Times;
import java.time.Instant;
import java.util.Optional;

/**
 * The "Next expected" of a check in words. A running check expects its end, not its next start:
 * it shows when the run times out (the server's alert_after), never a time "ago".
 */
public final class NextExpected {
    private NextExpected() {
    }

    public static Optional<Instant> at(Check c) {
        return switch (c.status()) {
            case STARTED -> c.alertAfter().or(c::nextPing);
            case PAUSED -> Optional.empty();
            case UP, GRACE, DOWN, NEW -> c.nextPing();
        };
    }

    public static String describe(Check c, Instant now) {
        Optional<Instant> at = at(c);
        if (c.status() == CheckStatus.STARTED) {
            return at.map(t -> t.isAfter(now) ? "run times out " + Times.relative(t, now) : "run timed out").orElse("running");
        }
        if (c.status() == CheckStatus.PAUSED) {
            return "paused";
        }
        return at.map(t -> Times.relative(t, now)).orElse("");
    }
}
