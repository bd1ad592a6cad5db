package io.cronkeeper.gui.hcimport;

import io.cronkeeper.gui.widgets.Forms;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The import window: where from, with which key, into which project; then the report. */
public final class HcImportView {
    private final VBox root;

    public HcImportView(HcImportViewModel vm) {
        var url = new TextField();
        url.setId("hcUrl");
        url.textProperty().bindBidirectional(vm.url());
        var key = new PasswordField();
        key.setId("hcApiKey");
        key.setPromptText("read-write key, from the project's Settings, API Access");
        key.textProperty().bindBidirectional(vm.apiKey());
        var pingKey = new TextField();
        pingKey.setId("hcPingKey");
        pingKey.setPromptText("optional: keeps slug URLs working (project Settings)");
        pingKey.textProperty().bindBidirectional(vm.pingKey());
        var project = new ComboBox<String>();
        project.setId("hcProject");
        project.setEditable(true);
        project.setPromptText("automatic: where the checks are, else a new project");
        project.getItems().setAll(vm.projectNames());
        project.getEditor().textProperty().bindBidirectional(vm.project());
        project.setMaxWidth(Double.MAX_VALUE);
        var history = new CheckBox("Also bring the ping log and status changes");
        history.setId("hcHistory");
        history.selectedProperty().bindBidirectional(vm.history());

        var grid = Forms.grid();
        Forms.row(grid, "Healthchecks URL", url);
        Forms.row(grid, "API key", key);
        Forms.row(grid, "Ping key", pingKey);
        Forms.row(grid, "Into project", project);
        Forms.row(grid, "", history);

        var preview = new Button("Preview");
        preview.setId("hcPreview");
        preview.setOnAction(e -> vm.preview());
        var run = new Button("Import");
        run.setId("hcImport");
        run.getStyleClass().add("primary");
        run.setOnAction(e -> vm.runImport());
        preview.disableProperty().bind(vm.running());
        run.disableProperty().bind(vm.running());
        var progress = new ProgressBar();
        progress.setId("hcProgress");
        progress.progressProperty().bind(vm.progress());
        progress.visibleProperty().bind(vm.running());
        progress.managedProperty().bind(vm.running());
        var status = new Label();
        status.setId("hcStatus");
        status.textProperty().bind(vm.status());
        var error = Forms.errorLabel("hcError");
        error.textProperty().bind(vm.error());
        error.setWrapText(true);
        var report = new TextArea();
        report.setId("hcReport");
        report.setEditable(false);
        report.setWrapText(true);
        report.setStyle("-fx-font-family: monospace");
        report.textProperty().bind(vm.report());
        VBox.setVgrow(report, Priority.ALWAYS);

        root = new VBox(8, grid, new HBox(8, preview, run, progress, status), error, report);
        root.setPadding(new Insets(12));
    }

    public Parent node() {
        return root;
    }

    /** Opens the window beside the main one, with its stylesheets. */
    public static Stage show(Window owner, HcImportViewModel vm) {
        var stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Import from Healthchecks");
        var scene = new Scene(new HcImportView(vm).node(), 720, 560);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
