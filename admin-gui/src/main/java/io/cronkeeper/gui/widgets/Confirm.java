package io.cronkeeper.gui.widgets;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;

/**
 * Asks before anything that cannot be undone; the buttons have ids for tests. Cancel is the
 * default button, so a stray Enter (after Del, say) never confirms.
 */
public final class Confirm {
    private Confirm() {
    }

    public static boolean ask(Node owner, String title, String text, String action) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION, text, new ButtonType(action, ButtonType.OK.getButtonData()),
            ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        alert.getDialogPane().setId("confirmDialog");
        alert.getButtonTypes().forEach(type -> {
            Button b = (Button) alert.getDialogPane().lookupButton(type);
            boolean cancel = type == ButtonType.CANCEL;
            b.setId(cancel ? "confirmCancel" : "confirmOk");
            b.setDefaultButton(cancel);
            if (cancel) {
                alert.setOnShown(e -> b.requestFocus());
            }
        });
        return alert.showAndWait().filter(b -> b != ButtonType.CANCEL).isPresent();
    }
}
