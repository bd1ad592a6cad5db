package io.cronkeeper.gui.widgets;

import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.util.Duration;

/** Copy buttons: put a text on the system clipboard and say so on the button for a moment. */
public final class Copy {
    private Copy() {
    }

    public static void toClipboard(String text) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }

    public static Button button(String id, Supplier<String> text) {
        var button = new Button("Copy");
        button.setId(id);
        button.getStyleClass().add("copy-button");
        button.setMinWidth(javafx.scene.control.Button.USE_PREF_SIZE);
        button.setTooltip(new Tooltip("Copy to the clipboard"));
        button.setOnAction(e -> {
            String value = text.get();
            if (value.isEmpty()) {
                return;
            }
            toClipboard(value);
            button.setText("Copied");
            var back = new PauseTransition(Duration.seconds(1.5));
            back.setOnFinished(done -> button.setText("Copy"));
            back.play();
        });
        return button;
    }
}
