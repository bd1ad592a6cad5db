package io.cronkeeper.gui.pings;

import io.cronkeeper.gui.client.Ping;
import io.cronkeeper.gui.client.PingKind;
import io.cronkeeper.gui.client.Times;
import io.cronkeeper.gui.widgets.Copy;
import io.cronkeeper.gui.widgets.Forms;
import java.io.File;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The ping log with its kind filter, the body viewer below it, and a small chart of run durations. */
public final class PingsView {
    private final PingsViewModel vm;
    private final SplitPane split = new SplitPane();
    private final ScatterChart<Number, Number> chart = new ScatterChart<>(new NumberAxis(), new NumberAxis());

    public PingsView(PingsViewModel vm) {
        this.vm = vm;
        var table = new TableView<>(vm.visible());
        table.setId("pings");
        table.setPlaceholder(io.cronkeeper.gui.widgets.EmptyState.of("No pings yet", "Paste the curl line from the Overview into the job; its pings appear here live."));
        var kind = column("Kind", 90, p -> PingGlyphs.glyph(p.kind()) + " " + PingGlyphs.word(p.kind()));
        kind.setId("col-kind");
        table.getColumns().setAll(java.util.List.of(
            column("#", 50, p -> Long.toString(p.n())),
            column("Time", 170, p -> Times.exact(p.date(), ZoneId.systemDefault())),
            kind,
            column("Method", 60, Ping::method),
            column("Source", 110, Ping::remoteAddr),
            column("User agent", 140, Ping::ua),
            column("Exit", 45, p -> p.exitStatus().isPresent() ? Integer.toString(p.exitStatus().getAsInt()) : ""),
            column("Duration", 75, p -> p.duration().isPresent() ? String.format("%.2f s", p.duration().getAsDouble()) : ""),
            column("Body", 70, p -> p.bodyReceived() == 0 ? "" : p.bodyReceived() + " B" + (p.bodyCut() ? " (cut)" : ""))));
        // A reload replaces the rows and drops the selection; the body stays and the row is picked again.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.n() != vm.selectedN()) {
                vm.select(Optional.of(now));
            }
        });
        vm.visible().addListener((ListChangeListener<Ping>) c -> vm.visible().stream()
            .filter(p -> p.n() == vm.selectedN()).findFirst()
            .ifPresent(p -> table.getSelectionModel().select(p)));

        var filter = new ComboBox<>(FXCollections.observableArrayList(PingKindFilter.values()));
        filter.setId("pingKindFilter");
        filter.valueProperty().bindBidirectional(vm.kind());
        var reload = new Button("Reload");
        reload.setId("reloadPings");
        reload.setOnAction(e -> vm.reload());

        var body = new TextArea();
        body.setId("bodyText");
        body.setEditable(false);
        body.getStyleClass().add("mono");
        body.textProperty().bind(vm.bodyText());
        VBox.setVgrow(body, Priority.ALWAYS);
        var info = new Label();
        info.setId("bodyInfo");
        info.textProperty().bind(vm.bodyInfo());
        info.setWrapText(true);
        var encoding = new ComboBox<>(FXCollections.observableArrayList(BodyEncoding.values()));
        encoding.setId("bodyEncoding");
        encoding.valueProperty().bindBidirectional(vm.encoding());
        encoding.disableProperty().bind(vm.bodyText().isEmpty());
        var showAs = new Label("Show as");
        showAs.setLabelFor(encoding);
        var spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var copy = Copy.button("copyBody", () -> vm.bodyText().get());
        copy.disableProperty().bind(vm.bodyText().isEmpty());
        var save = new Button("Save…");
        save.setMinWidth(Button.USE_PREF_SIZE);
        encoding.setMinWidth(javafx.scene.control.ComboBox.USE_PREF_SIZE);
        save.setId("saveBody");
        save.disableProperty().bind(vm.bodyText().isEmpty());
        save.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.setInitialFileName(vm.suggestedFileName());
            File file = chooser.showSaveDialog(split.getScene().getWindow());
            if (file != null) {
                vm.saveBody(file.toPath());
            }
        });

        chart.setId("durationChart");
        chart.setLegendVisible(true);
        chart.setAnimated(false);
        chart.setPrefHeight(160);
        chart.setMinHeight(120);
        chart.managedProperty().bind(chart.visibleProperty());
        chart.getYAxis().setLabel("seconds");
        var noRuns = new Label("No run durations yet: a job that pings /start before it ends gets its runs charted here.");
        noRuns.setId("durationEmpty");
        noRuns.getStyleClass().add("hint");
        noRuns.setWrapText(true);
        noRuns.visibleProperty().bind(chart.visibleProperty().not());
        noRuns.managedProperty().bind(noRuns.visibleProperty());
        chart.setVisible(false);
        vm.durations().addListener((ListChangeListener<DurationPoint>) c -> redraw());

        var top = new VBox(6, new HBox(8, new Label("Show"), filter, reload), table, chart, noRuns);
        VBox.setVgrow(table, Priority.ALWAYS);
        top.setPadding(new Insets(8));
        var bottom = new VBox(6, info, bodyBar(showAs, encoding, spacer, copy, save), body, Forms.message("pingsMessage", vm.message()));
        bottom.setPadding(new Insets(8));
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().setAll(top, bottom);
        split.setDividerPositions(0.62);
    }

    /** The axis spans the runs in local time; with no runs there is no chart, not one with made-up dates. */
    private void redraw() {
        var points = vm.durations();
        chart.setVisible(!points.isEmpty());
        if (points.isEmpty()) {
            chart.getData().clear();
            return;
        }
        var time = (NumberAxis) chart.getXAxis();
        var ticks = TimeTicks.span(points.getFirst().at().getEpochSecond(), points.getLast().at().getEpochSecond(),
            ZoneId.systemDefault());
        time.setAutoRanging(false);
        time.setLowerBound(ticks.lower());
        time.setUpperBound(ticks.upper());
        time.setTickUnit(ticks.step());
        time.setMinorTickVisible(false);
        time.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return ticks.label(seconds.longValue());
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        var ok = new XYChart.Series<Number, Number>();
        ok.setName("success");
        var failed = new XYChart.Series<Number, Number>();
        failed.setName("failure");
        for (DurationPoint p : vm.durations()) {
            (p.failed() ? failed : ok).getData().add(new XYChart.Data<>(p.at().getEpochSecond(), p.seconds()));
        }
        chart.getData().setAll(java.util.List.of(ok, failed));
    }

    private static HBox bodyBar(Node... nodes) {
        var bar = new HBox(8, nodes);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private static TableColumn<Ping, String> column(String title, double width, Function<Ping, String> value) {
        var column = new TableColumn<Ping, String>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    public Node node() {
        return split;
    }

    /** Glyphs for ping kinds, as the status column uses them for statuses. */
    static final class PingGlyphs {
        private PingGlyphs() {
        }

        static String glyph(PingKind kind) {
            return switch (kind) {
                case SUCCESS -> "\u2714";
                case START -> "\u25B6";
                case FAIL -> "\u2716";
                case LOG -> "\u2139";
                case IGN -> "\u2205";
            };
        }

        static String word(PingKind kind) {
            return switch (kind) {
                case SUCCESS -> "success";
                case START -> "start";
                case FAIL -> "failure";
                case LOG -> "log";
                case IGN -> "ignored";
            };
        }
    }
}
