package io.cronkeeper.gui.integrations;

import io.cronkeeper.gui.client.Channel;
import io.cronkeeper.gui.widgets.Confirm;
import io.cronkeeper.gui.widgets.Forms;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The project's integrations on the left; the selected one's form, test button and result on the right. */
public final class IntegrationsView {
    private final IntegrationsViewModel vm;
    private final SplitPane split = new SplitPane();
    private final GridPane configFields = Forms.grid();
    private final ComboBox<String> kind = new ComboBox<>();

    public IntegrationsView(IntegrationsViewModel vm) {
        this.vm = vm;
        var list = new ListView<>(vm.channels());
        list.setId("channels");
        list.setPlaceholder(io.cronkeeper.gui.widgets.EmptyState.of("No integrations", "Without one, nobody hears when a check goes down. Add one with \"New integration\"."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Channel c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.displayName() + "  (" + c.kind() + ")"
                    + (c.needsSettings() ? "  incomplete: enter its settings" : ""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            vm.edit(Optional.ofNullable(now));
            kind.setDisable(now != null);
        });
        var add = new Button("New integration");
        add.setId("newChannel");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            vm.newChannel();
            kind.setDisable(false);
        });

        kind.setId("channelKind");
        kind.setItems(vm.kinds());
        kind.valueProperty().bindBidirectional(vm.kind());
        var name = Forms.text("channelName", ChannelForms.namePrompt(""));
        name.promptTextProperty().bind(vm.kind().map(ChannelForms::namePrompt));
        name.textProperty().bindBidirectional(vm.name());
        var form = Forms.grid();
        Forms.row(form, "Kind", kind);
        Forms.row(form, "Name", name);
        vm.fields().addListener((ListChangeListener<ConfigField>) c -> fillFields());
        fillFields();
        var json = new TextArea();
        json.setId("channelConfigJson");
        json.getStyleClass().add("mono");
        json.setPrefRowCount(5);
        json.textProperty().bindBidirectional(vm.json());
        var advanced = new TitledPane("Config as JSON (keys the form does not show)", json);
        advanced.setId("channelJsonPane");
        advanced.setExpanded(false);

        var save = button("saveChannel", "Save", vm::save);
        save.getStyleClass().add("accent");
        var test = button("testChannel", "Send test notification", vm::sendTest);
        var delete = button("deleteChannel", "Delete…", () -> {
            if (Confirm.ask(split, "Delete this integration?", "Checks that use it stop alerting there.", "Delete")) {
                vm.delete();
            }
        });
        delete.getStyleClass().add("danger");
        test.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
            () -> vm.editing().get().isEmpty(), vm.editing()));
        vm.editing().addListener((o, was, now) -> now.ifPresent(c -> {
            if (list.getSelectionModel().getSelectedItem() == null
                || !list.getSelectionModel().getSelectedItem().uuid().equals(c.uuid())) {
                list.getItems().stream().filter(i -> i.uuid().equals(c.uuid())).findFirst()
                    .ifPresent(i -> list.getSelectionModel().select(i));
            }
            kind.setDisable(true);
        }));
        delete.disableProperty().bind(test.disableProperty());
        var assignAll = button("assignAllChecks", "Assign to all checks", vm::assignToAllChecks);
        assignAll.setTooltip(new javafx.scene.control.Tooltip(
            "Alert through this integration for every check of the project"));
        assignAll.visibleProperty().bind(test.disableProperty().not());
        assignAll.managedProperty().bind(assignAll.visibleProperty());
        var onCreate = new javafx.scene.control.CheckBox("Assign to all existing checks of the project");
        onCreate.setId("assignToAllOnCreate");
        onCreate.selectedProperty().bindBidirectional(vm.assignToAll());
        onCreate.visibleProperty().bind(test.disableProperty());
        onCreate.managedProperty().bind(onCreate.visibleProperty());

        var left = new VBox(6, list, add);
        left.setPadding(new Insets(8));
        var log = new Label("Delivery log");
        log.getStyleClass().add("section");
        var right = new VBox(10, form, configFields, advanced, onCreate, new HBox(8, save, test, assignAll, delete),
            Forms.message("testResult", vm.testResult()), Forms.message("channelMessage", vm.message()),
            log, AttemptsTable.of(vm.attempts()), Forms.message("attemptsNote", vm.attemptsNote()));
        log.visibleProperty().bind(test.disableProperty().not());
        log.managedProperty().bind(log.visibleProperty());
        right.setPadding(new Insets(12));
        split.getItems().setAll(left, right);
        split.setDividerPositions(0.3);
    }

    private void fillFields() {
        configFields.getChildren().clear();
        for (ConfigField field : vm.fields()) {
            String id = "config-" + field.key().replace('.', '-');
            javafx.scene.Node input = switch (field.input()) {
                case TEXT -> {
                    var text = new TextField();
                    text.setPromptText(field.prompt());
                    text.textProperty().bindBidirectional(field.value());
                    yield text;
                }
                case MULTILINE -> {
                    var area = new TextArea();
                    area.setPromptText(field.prompt());
                    area.setPrefRowCount(2);
                    area.getStyleClass().add("mono");
                    area.textProperty().bindBidirectional(field.value());
                    yield area;
                }
                case METHOD -> {
                    var method = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                        "POST", "GET", "PUT", "PATCH", "DELETE"));
                    method.setPromptText(field.prompt());
                    // A config without a method sends POST: say so rather than show a blank box.
                    method.setConverter(new javafx.util.StringConverter<>() {
                        @Override
                        public String toString(String m) {
                            return m == null || m.isEmpty() ? "POST (default)" : m;
                        }

                        @Override
                        public String fromString(String text) {
                            return text;
                        }
                    });
                    method.valueProperty().bindBidirectional(field.value());
                    yield method;
                }
            };
            input.setId(id);
            Forms.row(configFields, field.label(), input);
        }
    }

    private static Button button(String id, String text, Runnable action) {
        var b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The server's list of kinds is fetched when the tab is first shown. */
    public void shown() {
        if (vm.kinds().isEmpty()) {
            vm.loadKinds();
        }
    }

    public Node node() {
        return split;
    }
}
