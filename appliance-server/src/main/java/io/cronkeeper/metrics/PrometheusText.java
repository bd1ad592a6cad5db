package io.cronkeeper.metrics;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prometheus text exposition format 0.0.4: gauge families with HELP and TYPE lines, a blank
 * line between families, label values escaped as the format requires.
 */
final class PrometheusText {
    private final StringBuilder out = new StringBuilder();

    PrometheusText gauge(String name, String help) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
            .append("# TYPE ").append(name).append(" gauge\n");
        return this;
    }

    /** Labels in the given order, printed as Healthchecks does: {@code {a="x", b="y"}}. */
    PrometheusText sample(String name, Map<String, String> labels, String value) {
        out.append(name);
        if (!labels.isEmpty()) {
            out.append(labels.entrySet().stream()
                .map(e -> e.getKey() + "=\"" + escape(e.getValue()) + "\"")
                .collect(Collectors.joining(", ", "{", "}")));
        }
        out.append(' ').append(value).append('\n');
        return this;
    }

    PrometheusText sample(String name, Map<String, String> labels, long value) {
        return sample(name, labels, Long.toString(value));
    }

    /** Microseconds as plain decimal seconds, e.g. {@code 1768478400.5}, never in exponent form. */
    static String seconds(long micros) {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }

    static String escape(String labelValue) {
        return labelValue.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
