package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.CheckStatus;
import java.util.Comparator;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** How a status looks: a glyph and a word, coloured by the stylesheet through a pseudo-class. */
public final class StatusLook {
    private StatusLook() {
    }

    /** Worst first, for sorting by status. */
    public static final Comparator<CheckStatus> SEVERITY = Comparator.comparingInt(s -> switch (s) {
        case DOWN -> 0;
        case GRACE -> 1;
        case STARTED -> 2;
        case UP -> 3;
        case NEW -> 4;
        case PAUSED -> 5;
    });

    public static String glyph(CheckStatus status) {
        return switch (status) {
            case UP -> "\u2714";
            case DOWN -> "\u2716";
            case GRACE -> "\u25B2";
            case STARTED -> "\u25B6";
            case PAUSED -> "\u275A\u275A";
            case NEW -> "\u25CB";
        };
    }

    public static String word(CheckStatus status) {
        return switch (status) {
            case UP -> "up";
            case DOWN -> "down";
            case GRACE -> "late";
            case STARTED -> "running";
            case PAUSED -> "paused";
            case NEW -> "new";
        };
    }

    /** Sets {@code :up}, {@code :down}, … on {@code node}, clearing the others. */
    public static void apply(Node node, CheckStatus status) {
        for (CheckStatus s : CheckStatus.values()) {
            node.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.wire()), s == status);
        }
    }

    public static Label label(CheckStatus status) {
        var label = new Label(glyph(status) + "  " + word(status));
        label.getStyleClass().add("status");
        apply(label, status);
        return label;
    }
}
