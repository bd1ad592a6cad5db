package io.cronkeeper.metrics;

import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.check.CheckStatus;
import io.cronkeeper.check.StatusRules;
import io.cronkeeper.check.StoredStatus;
import io.cronkeeper.check.UniqueKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The {@code hc_*} gauges of a project (reference §7). The families Healthchecks has come first,
 * in its order, so its output stays a prefix of ours; the two added ones follow.
 */
final class CheckMetrics {
    /** Python's {@code sorted()} of str: by code point, which differs from UTF-16 order above U+FFFF. */
    private static final Comparator<String> CODE_POINT_ORDER =
        (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    private CheckMetrics() {
    }

    private record Row(Check check, Map<String, String> labels, CheckStatus status) {
    }

    static String render(List<Check> checks, Instant now) {
        List<Row> rows = checks.stream()
            .map(c -> new Row(c, labels(c), StatusRules.status(c, now, false)))
            .toList();
        var text = new PrometheusText();
        perCheck(text, rows, "hc_check_up", "Whether the check is currently up (1 for yes, 0 for no).",
            r -> r.status() == CheckStatus.DOWN ? "0" : "1");
        perCheck(text, rows, "hc_check_started", "Whether the check is currently started (1 for yes, 0 for no).",
            r -> r.check().lastStart() != null ? "1" : "0");
        perCheck(text, rows, "hc_check_grace",
            "Whether the check is currently in the grace period (1 for yes, 0 for no).",
            r -> r.status() == CheckStatus.GRACE ? "1" : "0");
        perCheck(text, rows, "hc_check_paused", "Whether the check is currently paused (1 for yes, 0 for no).",
            r -> r.check().storedStatus() == StoredStatus.PAUSED ? "1" : "0");
        tags(text, rows);
        long down = rows.stream().filter(r -> r.status() == CheckStatus.DOWN).count();
        text.gauge("hc_checks_total", "The total number of checks.").sample("hc_checks_total", Map.of(), rows.size());
        text.gauge("hc_checks_down_total", "The number of checks currently down.")
            .sample("hc_checks_down_total", Map.of(), down);
        perCheck(text, rows, "hc_check_last_ping_timestamp_seconds",
            "When the check last received a success or failure ping, as a Unix timestamp in seconds.",
            r -> r.check().lastPing() == null ? null : PrometheusText.seconds(r.check().lastPing()));
        perCheck(text, rows, "hc_check_last_duration_seconds",
            "How long the last timed run took, from its start ping to the ping that ended it, in seconds.",
            r -> r.check().lastDuration() == null ? null : PrometheusText.seconds(r.check().lastDuration()));
        return text.toString();
    }

    /** One sample per check; a {@code null} value leaves the check out of this family. */
    private static void perCheck(PrometheusText text, List<Row> rows, String name, String help,
                                 Function<Row, String> value) {
        text.gauge(name, help);
        for (Row r : rows) {
            String v = value.apply(r);
            if (v != null) {
                text.sample(name, r.labels(), v);
            }
        }
    }

    private static void tags(PrometheusText text, List<Row> rows) {
        Set<String> all = new TreeSet<>(CODE_POINT_ORDER);
        Set<String> down = new TreeSet<>(CODE_POINT_ORDER);
        for (Row r : rows) {
            Set<String> tags = CheckService.tagsOf(r.check());
            all.addAll(tags);
            if (r.status() == CheckStatus.DOWN) {
                down.addAll(tags);
            }
        }
        text.gauge("hc_tag_up", "Whether all checks with this tag are up (1 for yes, 0 for no).");
        for (String tag : all) {
            text.sample("hc_tag_up", Map.of("tag", tag), down.contains(tag) ? 0 : 1);
        }
    }

    private static Map<String, String> labels(Check c) {
        var labels = new LinkedHashMap<String, String>();
        labels.put("name", c.name());
        labels.put("tags", c.tags());
        labels.put("unique_key", UniqueKey.of(c.uuid()));
        return labels;
    }
}
