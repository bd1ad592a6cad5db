package io.cronkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** body-memory, ping-body-max, disk-space-warning and metrics-key: defaults, aliases and refusals. */
class LimitsSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void defaultsFitA128MegabyteHeap() {
        Limits l = load(Map.of(), Map.of()).limits();

        assertThat(l.bodyMemory()).isEqualTo(48L * 1024 * 1024);
        assertThat(l.pingBodyMax()).isEqualTo(10L * 1024 * 1024);
        assertThat(l.diskSpaceWarning()).isEqualTo(100L * 1024 * 1024);
        assertThat(l.metricsKey()).isEmpty();
    }

    @Test
    void healthchecksMetricsKeyIsAcceptedAndMasked() {
        Settings s = load(Map.of("METRICS_KEY", "from-healthchecks"), Map.of());

        assertThat(s.limits().metricsKey()).hasValue("from-healthchecks");
        assertThat(s.describe()).containsEntry("metrics-key", "****");
    }

    @Test
    void aPingBodyMaxOverHalfTheBudgetIsRefused() {
        assertThatThrownBy(() -> load(Map.of(), Map.of(Setting.BODY_MEMORY, "4194304", Setting.PING_BODY_MAX, "3000000")))
            .isInstanceOf(SettingsException.class)
            .hasMessage("CRONKEEPER_PING_BODY_MAX: '3000000' must be at most half of CRONKEEPER_BODY_MEMORY (2097152)");
    }

    @Test
    void aPingBodyLimitOverThePingBodyMaxIsRefused() {
        assertThatThrownBy(() -> load(Map.of(), Map.of(Setting.PING_BODY_LIMIT, "20000000")))
            .isInstanceOf(SettingsException.class)
            .hasMessage("CRONKEEPER_PING_BODY_LIMIT: '20000000' must be at most CRONKEEPER_PING_BODY_MAX (10485760)");
    }

    @Test
    void aBudgetBelowOneMebibyteIsRefused() {
        assertThatThrownBy(() -> load(Map.of(), Map.of(Setting.BODY_MEMORY, "1000")))
            .hasMessage("CRONKEEPER_BODY_MEMORY: '1000' must be a number of bytes, at least 1048576");
    }

    private Settings load(Map<String, String> env, Map<Setting, String> flags) {
        return new SettingsLoader(new HashMap<>(env), tmp.resolve("none.yaml"))
            .load(flags.isEmpty() ? new EnumMap<>(Setting.class) : new EnumMap<>(flags), Optional.empty());
    }
}
