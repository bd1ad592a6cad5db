package io.cronkeeper.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's size and the table's column order and widths survive a restart. */
class WindowStateTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static TableView<String> table() {
        var table = new TableView<String>();
        for (String id : List.of("col-status", "col-name", "col-slug")) {
            var c = new TableColumn<String, String>(id);
            c.setId(id);
            table.getColumns().add(c);
        }
        return table;
    }

    @Test
    void sizeColumnOrderAndWidthsAreRemembered() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            var stage = new Stage();
            stage.setWidth(900);
            stage.setHeight(600);
            var table = table();
            table.getColumns().setAll(List.of(table.getColumns().get(2), table.getColumns().get(0), table.getColumns().get(1)));
            table.getColumns().get(0).setPrefWidth(222);
            table.getColumns().get(2).setVisible(false);
            new WindowState(dir).remember(stage, table);

            var again = new Stage();
            var restored = table();
            var state = new WindowState(dir);
            state.restore(again);
            state.restore(restored);
            assertThat(again.getWidth()).isEqualTo(900);
            assertThat(again.getHeight()).isEqualTo(600);
            assertThat(restored.getColumns()).extracting(TableColumn::getId).containsExactly("col-slug", "col-status", "col-name");
            assertThat(restored.getColumns().get(0).getPrefWidth()).isEqualTo(222);
            assertThat(restored.getColumns().get(2).isVisible()).isFalse();
            return null;
        }).get();
    }
}
