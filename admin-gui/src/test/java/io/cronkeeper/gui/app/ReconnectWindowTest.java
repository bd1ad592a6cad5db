package io.cronkeeper.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.testing.GuiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server goes away mid-session and comes back on the same port: banner, then live again by itself. */
class ReconnectWindowTest extends GuiTest {
    @Test
    void serverStoppedShowsBannerAndRestartReconnectsByItself() {
        server.stop();
        waitUntil("the offline banner", () -> visible("#connectionBanner"));
        waitUntil("the reason in words", () -> text("#connectionMessage").contains("Cannot reach the server at " + server.url()));
        assertThat(text("#connectionMessage")).contains("Reconnecting by itself").doesNotContain("Exception");

        server.restart();
        waitUntil("the banner gone", () -> !visible("#connectionBanner"));

        Check check = api().createCheck(defaultProject(), Map.of("name", "after restart"));
        waitUntil("live updates again", () -> checkRow(check.uuid()) != null);
        server.ping(check.uuid(), "", "");
        waitUntil("the ping seen live", () -> checkRow(check.uuid()).getItem().get().nPings() == 1);
    }
}
