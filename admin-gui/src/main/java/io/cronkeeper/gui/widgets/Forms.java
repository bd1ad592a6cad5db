package io.cronkeeper.gui.widgets;

import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Labelled form rows, each with room for the server's complaint about that field. */
public final class Forms {
    private Forms() {
    }

    public static GridPane grid() {
        var grid = new GridPane();
        grid.getStyleClass().add("form");
        var labels = new ColumnConstraints();
        labels.setMinWidth(110);
        var fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    public static void row(GridPane grid, String label, Node field) {
        int row = grid.getRowCount();
        var l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
    }

    /** A field with an error label under it ({@code #error-<key>}) that shows {@code errors.get(key)}. */
    public static void row(GridPane grid, String label, Node field, String key, ObservableMap<String, String> errors) {
        var error = errorLabel("error-" + key);
        errors.addListener((javafx.collections.MapChangeListener<String, String>) change -> {
            if (change.getKey().equals(key)) {
                error.setText(errors.getOrDefault(key, ""));
            }
        });
        error.setText(errors.getOrDefault(key, ""));
        row(grid, label, new VBox(2, field, error));
    }

    public static Label errorLabel(String id) {
        var error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    /** A label that shows a view model's message and hides when it is empty. */
    public static Label message(String id, ObservableValue<String> text) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().add("message");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    public static TextField text(String id, String prompt) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    /** A read-only field whose text can be selected and copied. */
    public static TextField readOnly(String id) {
        var field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add("read-only");
        return field;
    }
}
