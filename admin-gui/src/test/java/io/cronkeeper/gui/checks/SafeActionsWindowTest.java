package io.cronkeeper.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.testing.GuiTest;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Nothing is lost by a stray key or a hidden selection; errors sit beside the action; banners do not push. */
class SafeActionsWindowTest extends GuiTest {
    @Test
    void delThenEnterKeepsTheCheck() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "precious"));
        selectCheck(check.uuid());
        clickCheckRow(check.uuid());
        press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil("the question", () -> visible("#confirmDialog"));
        assertThat(onFx(() -> ((Button) lookup("#confirmCancel").query()).isDefaultButton())).isTrue();
        assertThat(onFx(() -> ((Button) lookup("#confirmOk").query()).isDefaultButton())).isFalse();
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil("the question answered", () -> !visible("#confirmDialog"));
        assertThat(api().check(check.uuid()).name()).isEqualTo("precious");
        assertThat(checkRow(check.uuid())).isNotNull();
    }

    @Test
    void theDetailFollowsTheFilter() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "hide me"));
        selectCheck(check.uuid());
        assertThat(onFx(() -> lookup("#pauseCheck").query().isDisabled())).isFalse();
        type("#search", "nothing matches this");
        waitUntil("the detail cleared", () -> text("#detailName").equals("No check selected"));
        assertThat(onFx(() -> lookup("#pauseCheck").query().isDisabled())).as("no action on a hidden check").isTrue();
        assertThat(text("#uuidField")).isEmpty();
        type("#search", "");
    }

    @Test
    void unsavedEditsAreNotDroppedSilently() {
        Check first = api().createCheck(defaultProject(), Map.of("name", "first form"));
        Check second = api().createCheck(defaultProject(), Map.of("name", "second form"));
        selectCheck(first.uuid());
        clickOn("#tabEdit");
        type("#editName", "first form renamed");

        clickCheckRow(second.uuid());
        waitUntil("asked about the edits", () -> visible("#confirmDialog"));
        clickOn("#confirmCancel");
        try {
            waitUntil("still on the first check's form", () -> text("#editName").equals("first form renamed")
                && text("#uuidField").equals(first.uuid()));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": name " + text("#editName") + ", uuid " + text("#uuidField")
                + " (first " + first.uuid() + ", second " + second.uuid() + "), dialog " + visible("#confirmDialog"));
        }

        clickCheckRow(second.uuid());
        waitUntil("asked again", () -> visible("#confirmDialog"));
        clickOn("#confirmOk");
        waitUntil("the second check's form", () -> text("#editName").equals("second form"));
        assertThat(api().check(first.uuid()).name()).isEqualTo("first form");
    }

    @Test
    void anActionsErrorShowsBesideItAndGoesOnReconnect() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "unreachable pause"));
        selectCheck(check.uuid());
        server.stop();
        try {
            clickOn("#pauseCheck");
            waitUntil("the error beside the action", () -> visible("#detailMessage") && !text("#detailMessage").isEmpty());
            double message = onFx(() -> lookup("#detailMessage").query().localToScene(0, 0).getY());
            double pause = onFx(() -> lookup("#pauseCheck").query().localToScene(0, 0).getY());
            assertThat(message - pause).as("right under the buttons, not below the fold").isBetween(0.0, 80.0);
        } finally {
            server.restart();
        }
        waitUntil("reconnected and the stale error gone", () -> !visible("#connectionBanner") && !visible("#detailMessage"));
        clickOn("#pauseCheck");
        waitUntil("paused", () -> text("#detailStatus").contains("paused"));
        assertThat(visible("#detailMessage")).isFalse();
    }

    @Test
    void theDownBannerFloatsOverTheTableInsteadOfPushingIt() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "falls over"));
        waitUntil("the row", () -> checkRow(check.uuid()) != null);
        double before = onFx(() -> lookup("#checks").query().localToScene(0, 0).getY());
        assertThat(server.ping(check.uuid(), "/fail", "boom")).isEqualTo(200);
        waitUntil("the down banner", () -> visible("#alertBanner"));
        double after = onFx(() -> lookup("#checks").query().localToScene(0, 0).getY());
        assertThat(after).isEqualTo(before);
        clickOn("#alertDismiss");
    }
}
