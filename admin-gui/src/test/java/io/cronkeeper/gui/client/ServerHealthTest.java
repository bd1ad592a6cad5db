package io.cronkeeper.gui.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.Setting;
import io.cronkeeper.gui.testing.LiveServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HttpAdminClient#health()} against real servers, one well and one short of disk space. */
class ServerHealthTest {
    @Test
    void aWellServerIsHealthy(@TempDir Path dir) {
        try (LiveServer server = LiveServer.start(dir)) {
            ServerHealth health = new HttpAdminClient(server.endpoint()).health();

            assertThat(health.healthy()).isTrue();
            assertThat(health.summary()).isEmpty();
        }
    }

    @Test
    void lowDiskSpaceIsAWarning(@TempDir Path dir) {
        try (LiveServer server = LiveServer.start(dir,
            Map.of(Setting.DISK_SPACE_WARNING, Long.toString(Long.MAX_VALUE / 2)))) {
            ServerHealth health = new HttpAdminClient(server.endpoint()).health();

            assertThat(health.healthy()).isFalse();
            assertThat(health.problems()).isEmpty();
            assertThat(health.warnings()).singleElement().asString().startsWith("low disk space: ");
        }
    }
}
