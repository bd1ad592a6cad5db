package io.cronkeeper.gui.app;

import io.cronkeeper.gui.client.ConnectionState;
import io.cronkeeper.gui.client.ServerHealth;
import io.cronkeeper.gui.client.Workspace;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * A strip across the window while the server itself is unwell: a background loop stopped, the
 * database cannot write, the disk is nearly full. Asked when the app connects and every 30 s
 * while the window shows; gone when the server is well again.
 */
final class HealthBanner {
    private static final Duration EVERY = Duration.seconds(30);

    private final HBox root = new HBox(10);
    private final Label message = new Label();
    private final Workspace workspace;

    HealthBanner(Workspace workspace) {
        this.workspace = workspace;
        root.setId("healthBanner");
        root.getStyleClass().addAll("banner", "alert");
        message.setId("healthMessage");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        root.getChildren().setAll(message);
        show(ServerHealth.UNKNOWN);
        var poll = new Timeline(new KeyFrame(EVERY, e -> ask()));
        poll.setCycleCount(Timeline.INDEFINITE);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                poll.play();
                ask();
            }
        });
        workspace.state().addListener((o, was, now) -> {
            if (now instanceof ConnectionState.Online) {
                ask();
            } else {
                show(ServerHealth.UNKNOWN); // the connection banner speaks for an unreachable server
            }
        });
    }

    private void ask() {
        if (workspace.state().get() instanceof ConnectionState.Online) {
            workspace.calls().run(() -> workspace.client().health(), this::show, e -> { });
        }
    }

    private void show(ServerHealth health) {
        root.setVisible(!health.healthy());
        root.setManaged(!health.healthy());
        message.setText(health.healthy() ? "" : "The server needs attention:\n" + health.summary());
    }

    HBox node() {
        return root;
    }
}
