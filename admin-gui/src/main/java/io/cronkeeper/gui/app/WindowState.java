package io.cronkeeper.gui.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** The window's size and place and the checks table's column order and widths, kept in {@code window.properties}. */
final class WindowState {
    private final Path file;
    private final Properties props = new Properties();

    WindowState(Path configDir) {
        this.file = configDir.resolve("window.properties");
        if (Files.isReadable(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                props.load(in);
            } catch (IOException e) {
                // Defaults then; the file is rewritten on close.
            }
        }
    }

    void restore(Stage stage) {
        stage.setWidth(number("width", 1280));
        stage.setHeight(number("height", 800));
        if (props.containsKey("x")) {
            stage.setX(number("x", 0));
            stage.setY(number("y", 0));
        }
        stage.setMaximized(Boolean.parseBoolean(props.getProperty("maximized", "false")));
    }

    void restore(TableView<?> table) {
        String order = props.getProperty("columns", "");
        if (!order.isEmpty()) {
            List<TableColumn<?, ?>> sorted = new ArrayList<>();
            for (String id : order.split(",")) {
                table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().ifPresent(sorted::add);
            }
            table.getColumns().stream().filter(c -> !sorted.contains(c)).forEach(sorted::add);
            reorder(table, sorted);
        }
        for (TableColumn<?, ?> c : table.getColumns()) {
            String width = props.getProperty("column." + c.getId() + ".width");
            if (width != null) {
                c.setPrefWidth(Double.parseDouble(width));
            }
            c.setVisible(Boolean.parseBoolean(props.getProperty("column." + c.getId() + ".visible", "true")));
        }
    }

    @SuppressWarnings("unchecked")
    private static <S> void reorder(TableView<S> table, List<TableColumn<?, ?>> order) {
        List<TableColumn<S, ?>> typed = new ArrayList<>();
        order.forEach(c -> typed.add((TableColumn<S, ?>) c));
        table.getColumns().setAll(typed);
    }

    void remember(Stage stage, TableView<?> table) {
        props.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            props.setProperty("width", Double.toString(stage.getWidth()));
            props.setProperty("height", Double.toString(stage.getHeight()));
            props.setProperty("x", Double.toString(stage.getX()));
            props.setProperty("y", Double.toString(stage.getY()));
        }
        props.setProperty("columns", String.join(",", table.getColumns().stream().map(TableColumn::getId).toList()));
        for (TableColumn<?, ?> c : table.getColumns()) {
            props.setProperty("column." + c.getId() + ".width", Double.toString(c.getWidth()));
            props.setProperty("column." + c.getId() + ".visible", Boolean.toString(c.isVisible()));
        }
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                props.store(out, "Cronkeeper admin app window layout");
            }
        } catch (IOException e) {
            // Losing the layout is no reason to stop the app from closing.
        }
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(props.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

}
