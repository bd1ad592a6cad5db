package io.cronkeeper.gui.connect;

import io.cronkeeper.gui.widgets.Forms;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Remembered servers on the left, the chosen one's address and token on the right. */
public final class ConnectView {
    private final BorderPane root = new BorderPane();

    public ConnectView(ConnectViewModel vm) {
        root.setId("connectPane");
        var servers = new ListView<>(vm.servers());
        servers.setId("servers");
        servers.setPrefWidth(240);
        servers.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ServerProfile p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "\n" + p.url());
            }
        });
        servers.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.select(now);
            }
        });
        var add = new Button("Another server…");
        add.setId("addServer");
        add.setOnAction(e -> {
            servers.getSelectionModel().clearSelection();
            vm.newServer();
        });
        var forget = new Button("Forget");
        forget.setId("forgetServer");
        forget.disableProperty().bind(servers.getSelectionModel().selectedItemProperty().isNull());
        forget.setOnAction(e -> vm.forget(servers.getSelectionModel().getSelectedItem()));

        var name = Forms.text("serverName", "Home lab server");
        name.textProperty().bindBidirectional(vm.name());
        var url = Forms.text("serverUrl", "http://localhost:8000");
        url.textProperty().bindBidirectional(vm.url());
        TextField token = new PasswordField();
        token.setId("serverToken");
        token.textProperty().bindBidirectional(vm.token());
        token.promptTextProperty().bind(Bindings.createStringBinding(
            () -> vm.tokenFromFile() ? "read from " + vm.tokenFile() : "contents of <data dir>/admin-token", vm.token(), vm.url()));
        var form = Forms.grid();
        Forms.row(form, "Name", name);
        Forms.row(form, "Address", url);
        Forms.row(form, "Admin token", token);

        var fingerprint = new Label();
        fingerprint.setId("untrustedFingerprint");
        fingerprint.getStyleClass().add("mono");
        fingerprint.textProperty().bind(Bindings.concat("SHA-256 ", vm.untrustedFingerprint()));
        var trust = new Button("Trust this certificate");
        trust.setId("trustCertificate");
        trust.setOnAction(e -> vm.trustCertificate());
        var trustBox = new VBox(6, fingerprint, trust);
        trustBox.visibleProperty().bind(vm.untrustedFingerprint().isNotEmpty());
        trustBox.managedProperty().bind(trustBox.visibleProperty());

        var connect = new Button("Connect");
        connect.setId("connect");
        connect.setDefaultButton(true);
        connect.getStyleClass().add("primary");
        connect.setOnAction(e -> vm.connect());

        var cancel = new Button("Cancel");
        cancel.setId("cancelConnect");
        cancel.setVisible(vm.canCancel());
        cancel.setManaged(vm.canCancel());
        cancel.setOnAction(e -> vm.cancel());
        // Escape leaves the screen from any field; a filter, because a focused field may consume the key.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.canCancel()) {
                e.consume();
                vm.cancel();
            }
        });

        var title = new Label("Connect to a Cronkeeper server");
        title.getStyleClass().add("title");
        var right = new VBox(12, title, form, new HBox(8, connect, cancel), Forms.message("connectMessage", vm.message()), trustBox);
        right.setPadding(new Insets(16));
        var left = new VBox(6, servers, new HBox(6, add, forget));
        left.setPadding(new Insets(8));
        root.setLeft(left);
        root.setCenter(right);
    }

    public javafx.scene.Parent node() {
        return root;
    }
}
