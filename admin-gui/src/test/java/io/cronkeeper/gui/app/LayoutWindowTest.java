package io.cronkeeper.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.testing.GuiTest;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main window at the sizes of a laptop and a small screen: what matters is in view. */
class LayoutWindowTest extends GuiTest {
    private static final List<String> KEY_COLUMNS = List.of("#col-status", "#col-name", "#col-lastPing", "#col-nextPing");

    @ParameterizedTest
    // Largest first: the headless renderer cannot grow a window again (the class's window is its own).
    @CsvSource({"1280, 800", "1024, 640"})
    void keyColumnsActionsAndUrlsAreInViewWithoutScrollingSideways(int width, int height) {
        Check check = api().createCheck(defaultProject(), Map.of("name", "A check with a rather long name for layout",
            "tags", "nas backup offsite", "schedule", "0 3 * * *", "tz", "Europe/Riga"));
        fx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        selectCheck(check.uuid());
        waitUntil("laid out at " + width, () -> stage.getScene().getWidth() <= width);

        TableView<?> table = lookup("#checks").query();
        Bounds tableBounds = onFx(() -> table.localToScene(table.getLayoutBounds()));
        assertThat(tableBounds.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        for (String column : KEY_COLUMNS) {
            Node header = lookup("#checks " + column).query();
            Bounds b = onFx(() -> header.localToScene(header.getLayoutBounds()));
            assertThat(onFx(header::isVisible)).as(column + " shown").isTrue();
            assertThat(b.getMinX()).as(column + " starts inside the table").isGreaterThanOrEqualTo(tableBounds.getMinX());
            assertThat(b.getMaxX()).as(column + " ends inside the table").isLessThanOrEqualTo(tableBounds.getMaxX() + 0.5);
            assertThat(b.getWidth()).as(column + " wide enough to read").isGreaterThanOrEqualTo(75);
        }
        assertThat(onFx(() -> table.lookupAll(".scroll-bar").stream().map(n -> (ScrollBar) n)
            .anyMatch(s -> s.getOrientation() == Orientation.HORIZONTAL && s.isVisible())))
            .as("no horizontal scrollbar").isFalse();

        // Pause, resume and delete sit at the top of the detail, above the URLs, inside the window.
        Bounds pause = onFx(() -> lookup("#pauseCheck").query().localToScene(lookup("#pauseCheck").query().getLayoutBounds()));
        Bounds firstUrl = onFx(() -> lookup("#url-success").query().localToScene(lookup("#url-success").query().getLayoutBounds()));
        assertThat(pause.getMaxY()).isLessThan(firstUrl.getMinY());
        assertThat(pause.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(pause.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());

        // A URL that does not fit is cut in the middle, with the whole URL as tooltip.
        Label url = lookup("#url-success").query();
        String full = server.url() + "/ping/" + check.uuid();
        assertThat(onFx(url::getText)).isEqualTo(full);
        assertThat(onFx(() -> url.getTooltip().getText())).isEqualTo(full);
        if (width == 1024) {
            String shown = onFx(() -> ((javafx.scene.text.Text) url.lookup(".text")).getText());
            assertThat(shown).as("cut in the middle").contains("…").startsWith("http://")
                .endsWith(check.uuid().substring(check.uuid().length() - 4));
        }
    }
}
