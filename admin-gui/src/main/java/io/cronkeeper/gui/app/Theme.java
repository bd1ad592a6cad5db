package io.cronkeeper.gui.app;

import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Light or dark, as the desktop prefers (and changes while the app runs); the stylesheet keys
 * every colour off the root's {@code :dark} pseudo-class. {@code -Dcronkeeper.theme=dark|light} overrides.
 */
final class Theme {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    static final String STYLESHEET = Theme.class.getResource("cronkeeper.css").toExternalForm();

    private Theme() {
    }

    static void apply(Scene scene) {
        scene.getStylesheets().setAll(STYLESHEET);
        String forced = System.getProperty("cronkeeper.theme", "");
        var scheme = Platform.getPreferences().colorSchemeProperty();
        Runnable update = () -> {
            boolean dark = forced.isEmpty() ? scheme.get() == ColorScheme.DARK : forced.equals("dark");
            if (scene.getRoot() != null) {
                scene.getRoot().pseudoClassStateChanged(DARK, dark);
            }
        };
        scheme.addListener(o -> update.run());
        scene.rootProperty().addListener(o -> update.run());
        update.run();
    }
}
