package io.cronkeeper.gui.app;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The in-window notice that a check went down, for desktops without a system tray. */
final class AlertBanner {
    private final HBox root = new HBox(10);
    private final Label message = new Label();
    private String checkUuid = "";

    AlertBanner(Consumer<String> showCheck) {
        root.setId("alertBanner");
        root.getStyleClass().addAll("banner", "alert");
        message.setId("alertMessage");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        var show = new Button("Show");
        show.setId("alertShow");
        show.setOnAction(e -> {
            showCheck.accept(checkUuid);
            hide();
        });
        var dismiss = new Button("Dismiss");
        dismiss.setId("alertDismiss");
        dismiss.setOnAction(e -> hide());
        root.getChildren().setAll(message, show, dismiss);
        hide();
    }

    void show(String text, String uuid) {
        message.setText(text);
        checkUuid = uuid;
        root.setVisible(true);
        root.setManaged(true);
    }

    private void hide() {
        root.setVisible(false);
        root.setManaged(false);
    }

    HBox node() {
        return root;
    }
}
