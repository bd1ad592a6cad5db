package io.cronkeeper.health;

import java.util.List;
import java.util.Map;

/**
 * Everything health knows at one moment.
 *
 * @param problems failures a restart may fix (what {@code /status/} reports)
 * @param warnings conditions an operator must fix, such as a full disk
 * @param gauges   queue depths and memory in use, by name
 */
public record HealthReport(List<String> problems, List<String> warnings, List<Heartbeat> loops,
                           Map<String, Long> gauges, DiskSpace.Sample disk) {
    public boolean healthy() {
        return problems.isEmpty() && warnings.isEmpty();
    }
}
