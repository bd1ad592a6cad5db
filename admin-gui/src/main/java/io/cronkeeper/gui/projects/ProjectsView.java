package io.cronkeeper.gui.projects;

import io.cronkeeper.gui.client.ApiKey;
import io.cronkeeper.gui.widgets.Confirm;
import io.cronkeeper.gui.widgets.Copy;
import io.cronkeeper.gui.widgets.Forms;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Create, rename and delete projects; the ping key; API keys. */
public final class ProjectsView {
    private final ProjectsViewModel vm;
    private final VBox box = new VBox(10);

    public ProjectsView(ProjectsViewModel vm) {
        this.vm = vm;
        var newName = bound("newProjectName", "Home lab", vm.newName());
        var create = button("createProject", "Create project", vm::create);
        newName.setOnAction(e -> vm.create());

        var selected = new VBox(10);
        var heading = new Label();
        heading.getStyleClass().add("section");
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.workspace().selectedProject().get()
            .map(p -> "Project " + p.name()).orElse("Choose a project in the sidebar"), vm.workspace().selectedProject()));
        selected.disableProperty().bind(Bindings.createBooleanBinding(
            () -> vm.workspace().selectedProject().get().isEmpty(), vm.workspace().selectedProject()));

        var renameField = bound("renameProjectField", "", vm.renameTo());
        var rename = button("renameProject", "Rename", vm::rename);
        var delete = button("deleteProject", "Delete project…", () -> confirm("Delete this project?",
            "Its checks with their pings, its integrations and its API keys are deleted. Ping URLs of its checks "
                + "answer 404 from then on.", "Delete", vm::delete));
        delete.getStyleClass().add("danger");

        var pingKey = Forms.readOnly("pingKey");
        pingKey.textProperty().bind(vm.pingKey());
        var base = Forms.readOnly("pingUrlBase");
        base.textProperty().bind(vm.pingUrlBase());
        var rotate = button("rotatePingKey", "Rotate…", () -> confirm("Make a new ping key?",
            "Slug URLs made with the current key (…/ping/<key>/<slug>) stop working at once. UUID URLs keep working.",
            "Rotate", vm::rotatePingKey));

        var keys = new TableView<>(vm.apiKeys());
        keys.setId("apiKeys");
        keys.setPrefHeight(160);
        keys.setPlaceholder(io.cronkeeper.gui.widgets.EmptyState.of("No API keys", "Make one per script or tool, so each can be revoked alone."));
        keys.getColumns().setAll(java.util.List.of(column("Name", 160, ApiKey::name), column("Key", 120, k -> k.prefix() + "…"),
            column("Access", 100, k -> k.readOnly() ? "read-only" : "read-write"), column("Created", 180, k -> localTime(k.created()))));
        var revoke = button("revokeApiKey", "Revoke…", () -> {
            ApiKey key = keys.getSelectionModel().getSelectedItem();
            if (key != null) {
                confirm("Revoke " + key.name() + "?", "Scripts using " + key.prefix() + "… are refused from the next request.",
                    "Revoke", () -> vm.revoke(key));
            }
        });
        revoke.disableProperty().bind(keys.getSelectionModel().selectedItemProperty().isNull());
        var keyName = bound("apiKeyName", "ansible", vm.keyName());
        var readOnly = new CheckBox("read-only");
        readOnly.setId("apiKeyReadOnly");
        readOnly.selectedProperty().bindBidirectional(vm.keyReadOnly());
        var createKey = button("createApiKey", "Create key", vm::createApiKey);
        var secret = Forms.readOnly("newApiKeySecret");
        secret.textProperty().bind(vm.newSecret());
        var secretRow = new HBox(6, new Label("New key (shown once):"), grow(secret), Copy.button("copyApiKey", secret::getText));
        secretRow.visibleProperty().bind(vm.newSecret().isNotEmpty());
        secretRow.managedProperty().bind(secretRow.visibleProperty());

        selected.getChildren().setAll(heading, new HBox(6, new Label("Name"), grow(renameField), rename, delete),
            section("Ping key"), new HBox(6, grow(pingKey), Copy.button("copyPingKey", pingKey::getText), rotate),
            new HBox(6, new Label("Slug URLs start with"), grow(base)),
            section("API keys (Management API v3)"), keys, new HBox(6, revoke),
            new HBox(6, grow(keyName), readOnly, createKey), secretRow);
        box.getChildren().setAll(section("New project"), new HBox(6, grow(newName), create), selected,
            Forms.message("projectsMessage", vm.message()));
        box.setPadding(new Insets(12));
    }

    private void confirm(String title, String text, String action, Runnable then) {
        if (Confirm.ask(box, title, text, action)) {
            then.run();
        }
    }

    private static TextField bound(String id, String prompt, javafx.beans.property.StringProperty value) {
        var field = Forms.text(id, prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Button button(String id, String text, Runnable action) {
        var b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T extends javafx.scene.layout.Region> T grow(T node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        return node;
    }

    private static Label section(String text) {
        var label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }

    private static TableColumn<ApiKey, String> column(String title, double width, Function<ApiKey, String> value) {
        var column = new TableColumn<ApiKey, String>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    public Node node() {
        var scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }


    /** The server's ISO time in the user's zone; as sent when it does not parse. */
    private static String localTime(String iso) {
        try {
            return io.cronkeeper.gui.client.Times.exact(java.time.OffsetDateTime.parse(iso).toInstant(),
                java.time.ZoneId.systemDefault());
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}
