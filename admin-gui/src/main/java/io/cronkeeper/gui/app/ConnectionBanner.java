package io.cronkeeper.gui.app;

import io.cronkeeper.gui.client.ConnectionState;
import io.cronkeeper.gui.client.Workspace;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A strip across the window whenever the server is not connected: what is wrong in words, and
 * the one thing the user can do about it (trust a certificate, change the token). Offline needs
 * nothing: the app reconnects by itself and the strip goes away.
 */
final class ConnectionBanner {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private final HBox root = new HBox(10);

    ConnectionBanner(Workspace workspace, Consumer<String> trust, Runnable changeServer) {
        root.setId("connectionBanner");
        root.getStyleClass().add("banner");
        var message = new Label();
        message.setId("connectionMessage");
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        var trustButton = new Button("Trust this certificate");
        trustButton.setId("trustCertificate");
        var change = new Button("Change server or token…");
        change.setId("changeServer");
        change.setOnAction(e -> changeServer.run());
        root.getChildren().setAll(message, trustButton, change);
        Consumer<ConnectionState> show = state -> {
            boolean online = state instanceof ConnectionState.Online;
            root.setVisible(!online);
            root.setManaged(!online);
            message.setText(state.message());
            root.pseudoClassStateChanged(ERROR, !(state instanceof ConnectionState.Connecting));
            boolean untrusted = state instanceof ConnectionState.Untrusted;
            trustButton.setVisible(untrusted);
            trustButton.setManaged(untrusted);
            if (state instanceof ConnectionState.Untrusted u) {
                trustButton.setOnAction(e -> trust.accept(u.fingerprint()));
            }
            boolean refused = state instanceof ConnectionState.Refused || untrusted;
            change.setVisible(refused);
            change.setManaged(refused);
        };
        workspace.state().addListener((o, was, now) -> show.accept(now));
        show.accept(workspace.state().get());
    }

    HBox node() {
        return root;
    }
}
