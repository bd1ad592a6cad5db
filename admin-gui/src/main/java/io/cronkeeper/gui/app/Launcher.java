package io.cronkeeper.gui.app;

import javafx.application.Application;

/**
 * The entry point. A main class that does not extend {@link Application} lets the app start
 * from a plain class path, without JavaFX on the module path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(AdminApp.class, args);
    }
}
