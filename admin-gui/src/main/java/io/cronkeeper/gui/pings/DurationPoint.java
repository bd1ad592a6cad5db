package io.cronkeeper.gui.pings;

import java.time.Instant;

/** One finished run for the chart: when it ended, how long it took, and whether it failed. */
public record DurationPoint(Instant at, double seconds, boolean failed) {
}
