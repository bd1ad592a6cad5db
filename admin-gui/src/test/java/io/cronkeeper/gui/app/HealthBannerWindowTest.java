package io.cronkeeper.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.Setting;
import io.cronkeeper.gui.testing.GuiTest;
import io.cronkeeper.gui.testing.LiveServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server short of disk space: the window says so in a banner as soon as it connects. */
class HealthBannerWindowTest extends GuiTest {
    @TempDir
    static Path lowDiskDir;
    static LiveServer lowDisk;

    @BeforeAll
    static void startLowDisk() {
        lowDisk = LiveServer.start(lowDiskDir, Map.of(Setting.DISK_SPACE_WARNING, Long.toString(Long.MAX_VALUE / 2)));
    }

    @AfterAll
    static void stopLowDisk() {
        lowDisk.close();
    }

    @Override
    protected LiveServer server() {
        return lowDisk;
    }

    @Test
    void lowDiskSpaceShowsTheHealthBanner() {
        waitUntil("the health banner", () -> visible("#healthBanner"));
        assertThat(text("#healthMessage")).contains("The server needs attention").contains("low disk space");
    }
}
