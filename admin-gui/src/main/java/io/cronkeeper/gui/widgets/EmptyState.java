package io.cronkeeper.gui.widgets;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What an empty list or table shows instead of blank space: what is missing and how to add it. */
public final class EmptyState {
    private EmptyState() {
    }

    public static Node of(String title, String hint) {
        var t = new Label(title);
        t.getStyleClass().add("empty-title");
        var h = new Label(hint);
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        var box = new VBox(4, t, h);
        box.getStyleClass().add("empty-state");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setMaxWidth(360);
        return box;
    }
}
