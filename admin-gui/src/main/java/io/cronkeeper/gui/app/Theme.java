package io.cronkeeper.gui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * AtlantaFX's Primer theme, light or dark as the desktop prefers (and changes while the app
 * runs, as far as JavaFX tells), with the app's one stylesheet on top. The root also carries
 * {@code :dark} for the few rules that need it. See {@link DesktopScheme} for the order of sources.
 */
public final class Theme {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    static final String STYLESHEET = Theme.class.getResource("cronkeeper.css").toExternalForm();

    private static Optional<Boolean> forced = Optional.empty();
    private static Optional<Boolean> desktop = Optional.empty();
    private static Scene current;
    private static Optional<Boolean> applied = Optional.empty();

    private Theme() {
    }

    static void apply(Scene scene) {
        current = scene;
        scene.getStylesheets().setAll(STYLESHEET);
        forced = DesktopScheme.forced(System.getProperty("cronkeeper.theme", ""), System.getenv());
        desktop = DesktopScheme.gtkTheme(System.getenv());
        var scheme = Platform.getPreferences().colorSchemeProperty();
        scheme.addListener(o -> update());
        scene.rootProperty().addListener(o -> update());
        update();
        if (forced.isEmpty() && desktop.isEmpty()) {
            // gsettings is a subprocess: never on the FX thread.
            Thread.ofVirtual().name("desktop-theme").start(() -> {
                Optional<Boolean> gnome = DesktopScheme.askGnome();
                Platform.runLater(() -> {
                    desktop = gnome;
                    update();
                });
            });
        }
    }

    /** Switches the whole app, e.g. for the dark screenshots or a user's choice. */
    public static void set(boolean dark) {
        forced = Optional.of(dark);
        update();
    }

    public static boolean dark() {
        return forced.or(() -> desktop).orElseGet(() -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK);
    }

    private static void update() {
        boolean dark = dark();
        if (!applied.equals(Optional.of(dark))) {
            // Restyles every window: only when it changes.
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
            applied = Optional.of(dark);
        }
        if (current != null && current.getRoot() != null) {
            current.getRoot().pseudoClassStateChanged(DARK, dark);
        }
    }
}
