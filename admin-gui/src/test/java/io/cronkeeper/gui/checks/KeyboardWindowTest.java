package io.cronkeeper.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.LiveCheck;
import io.cronkeeper.gui.testing.GuiTest;
import java.util.Map;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The checks table by keyboard, and what the eye sees of focus and selection. */
class KeyboardWindowTest extends GuiTest {
    @Test
    void enterOrDownInSearchGoesToTheFirstResultAndEnterOpensItsForm() {
        Check a = api().createCheck(defaultProject(), Map.of("name", "kbd alpha"));
        Check b = api().createCheck(defaultProject(), Map.of("name", "kbd beta"));
        waitUntil("both rows", () -> checkRow(a.uuid()) != null && checkRow(b.uuid()) != null);
        type("#search", "kbd");
        waitUntil("two results", () -> table().getItems().size() == 2);
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil("the table has the focus", () -> table().isFocused());
        assertThat(onFx(() -> table().getSelectionModel().getSelectedIndex())).isZero();
        String first = onFx(() -> table().getItems().getFirst().uuid());
        waitUntil("its detail", () -> text("#uuidField").equals(first));

        clickOn("#search");
        press(KeyCode.DOWN).release(KeyCode.DOWN);
        waitUntil("the table has the focus", () -> table().isFocused());
        assertThat(onFx(() -> table().getSelectionModel().getSelectedIndex())).as("Down selects row 1, not 2").isZero();
        press(KeyCode.DOWN).release(KeyCode.DOWN);
        waitUntil("the second row", () -> table().getSelectionModel().getSelectedIndex() == 1);

        press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil("the Edit tab", () -> ((TabPane) lookup("#detailTabs").query()).getSelectionModel().getSelectedItem()
            .getId().equals("tabEdit"));
        type("#search", "");
    }

    @Test
    void theFocusedTableHasAVisibleRingAndSelectedRowsStayReadable() {
        Check down = api().createCheck(defaultProject(), Map.of("name", "kbd down"));
        server.ping(down.uuid(), "/fail", "");
        waitUntil("down", () -> checkRow(down.uuid()) != null && checkRow(down.uuid()).getPseudoClassStates().toString().contains("down"));
        clickOn("#search");
        Color unfocused = borderColor();
        clickCheckRow(down.uuid());
        waitUntil("focused", () -> table().isFocused());
        Color focused = borderColor();
        assertThat(focused).as("a focus ring").isNotEqualTo(unfocused);
        assertThat(focused.getOpacity()).isGreaterThan(0.9);

        for (String shade : new String[] {"light", "dark"}) {
            fx(() -> io.cronkeeper.gui.app.Theme.set(shade.equals("dark")));
            waitUntil("restyled", () -> checkRow(down.uuid()) != null);
            var row = checkRow(down.uuid());
            var status = onFx(() -> (javafx.scene.control.Labeled) row.lookupAll(".table-cell").iterator().next());
            Color text = onFx(() -> (Color) status.getTextFill());
            Color background = onFx(() -> Contrast.over((Color) row.getBackground().getFills().getLast().getFill(),
                shade.equals("dark") ? Color.web("#0d1117") : Color.WHITE));
            assertThat(Contrast.ratio(text, background)).as(shade + ": status text on the selection").isGreaterThanOrEqualTo(4.5);
        }
        fx(() -> io.cronkeeper.gui.app.Theme.set(false));
    }

    private Color borderColor() {
        return onFx(() -> {
            Region t = table();
            t.applyCss();
            return t.getBorder() == null || t.getBorder().getStrokes().isEmpty() ? Color.TRANSPARENT
                : (Color) t.getBorder().getStrokes().getFirst().getTopStroke();
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<LiveCheck> table() {
        return (TableView<LiveCheck>) lookup("#checks").query();
    }
}
