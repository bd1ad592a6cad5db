package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.widgets.Copy;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A URL that may not fit: cut in the middle, where UUIDs and slugs differ least from their
 * neighbours' ends, with the whole URL as tooltip and a copy button beside it.
 */
final class UrlLabel {
    private UrlLabel() {
    }

    static HBox withCopy(String id, String url, String copyId) {
        var label = new Label(url);
        label.setId(id);
        label.getStyleClass().addAll("url", "mono");
        label.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        label.setEllipsisString("…");
        label.setMinWidth(60);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setTooltip(new Tooltip(url));
        HBox.setHgrow(label, Priority.ALWAYS);
        var row = new HBox(6, label, Copy.button(copyId, label::getText));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
