package io.cronkeeper.gui.app;

import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Start-up milestones for {@code bench/admin-start.sh} and the package build's AOT training run.
 * With {@code CRONKEEPER_ADMIN_TIMING=1} the app prints to stderr, as wall-clock epoch
 * milliseconds, when its window was first drawn and when the checks table was first drawn with
 * rows ({@code cronkeeper-admin timing window-shown <ms>}, {@code ... table-filled <ms>}). With
 * {@code CRONKEEPER_ADMIN_EXIT_AFTER=window} or {@code table} it quits at that point. Both are
 * read once; without them nothing is watched.
 */
final class StartTiming {
    static final String TIMING = "CRONKEEPER_ADMIN_TIMING";
    static final String EXIT_AFTER = "CRONKEEPER_ADMIN_EXIT_AFTER";

    private final boolean print;
    private final Optional<String> exitAfter;
    private boolean windowDone;
    private boolean tableDone;

    private StartTiming(boolean print, Optional<String> exitAfter) {
        this.print = print;
        this.exitAfter = exitAfter;
    }

    static StartTiming fromEnv(Map<String, String> env) {
        return new StartTiming("1".equals(env.get(TIMING)), Optional.ofNullable(env.get(EXIT_AFTER)));
    }

    /** Call before {@code stage.show()}. */
    void watch(Stage stage) {
        if (!print && exitAfter.isEmpty()) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            Scene scene = stage.getScene();
            // After layout on each pulse; the pulse then renders what was laid out.
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (!windowDone) {
                    windowDone = true;
                    milestone("window-shown", "window");
                }
                if (!tableDone && scene.lookup("#checks") instanceof TableView<?> table && !table.getItems().isEmpty()) {
                    tableDone = true;
                    milestone("table-filled", "table");
                    scene.removePostLayoutPulseListener(check[0]);
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
            Platform.requestNextPulse();
        });
    }

    private void milestone(String name, String exitName) {
        if (print) {
            System.err.println("cronkeeper-admin timing " + name + " " + System.currentTimeMillis());
        }
        if (exitAfter.filter(exitName::equals).isPresent()) {
            Platform.runLater(Platform::exit);
        }
    }
}
