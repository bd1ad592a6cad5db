package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.widgets.Forms;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The check form. Schedule fields change with the mode (period and grace, or an expression
 * and a time zone); an expression is sent to the server for judgement a moment after typing
 * stops, and whatever the server says about a field appears under it.
 */
public final class CheckEditView {
    private final CheckEditViewModel vm;
    private final VBox box = new VBox(10);
    private final HBox footer = new HBox(12);
    private final GridPane extras = Forms.grid();
    private final PauseTransition settle = new PauseTransition(Duration.millis(400));
    private final TextField name = Forms.text("editName", "Nightly backup");

    public CheckEditView(CheckEditViewModel vm, Consumer<Check> onSaved) {
        this.vm = vm;
        var title = new Label();
        title.getStyleClass().add("section");
        title.textProperty().bind(Bindings.when(vm.creating()).then("New check").otherwise("Edit check"));

        var main = Forms.grid();
        name.textProperty().bindBidirectional(vm.name());
        Forms.row(main, "Name", name, "name", vm.errors());
        Forms.row(main, "Slug", bound("editSlug", "nightly-backup", vm.slug()), "slug", vm.errors());
        Forms.row(main, "Tags", bound("editTags", "space-separated, e.g. db prod", vm.tags()), "tags", vm.errors());
        var desc = new TextArea();
        desc.setId("editDesc");
        desc.setPrefRowCount(2);
        desc.textProperty().bindBidirectional(vm.desc());
        Forms.row(main, "Description", desc, "desc", vm.errors());

        var schedule = Forms.grid();
        var mode = new ComboBox<>(FXCollections.observableArrayList(CheckForm.Mode.values()));
        mode.setId("scheduleMode");
        mode.valueProperty().bindBidirectional(vm.mode());
        Forms.row(schedule, "Schedule", mode);
        var period = Forms.grid();
        Forms.row(period, "Period", bound("editTimeout", "1 d, 6 h, 15 min…", vm.timeout()), "timeout", vm.errors());
        var expression = bound("editExpression", "0 3 * * *", vm.expression());
        var tz = ZoneSuggestions.combo("editTz");
        tz.valueProperty().bindBidirectional(vm.tz());
        var calendar = Forms.grid();
        Forms.row(calendar, "Expression", expression, "schedule", vm.errors());
        Forms.row(calendar, "Time zone", tz, "tz", vm.errors());
        var hint = new Label("This server checks the expression when you save.");
        hint.setId("previewHint");
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(vm.previewSupported().not().and(vm.mode().isNotEqualTo(CheckForm.Mode.PERIOD)));
        hint.managedProperty().bind(hint.visibleProperty());
        Forms.row(calendar, "", hint);
        period.visibleProperty().bind(vm.mode().isEqualTo(CheckForm.Mode.PERIOD));
        period.managedProperty().bind(period.visibleProperty());
        calendar.visibleProperty().bind(period.visibleProperty().not());
        calendar.managedProperty().bind(calendar.visibleProperty());
        var grace = Forms.grid();
        Forms.row(grace, "Grace", bound("editGrace", "1 h", vm.grace()), "grace", vm.errors());
        var next = new Label();
        next.setId("nextExpected");
        next.getStyleClass().add("hint");
        next.textProperty().bind(Bindings.createStringBinding(() -> vm.nextExpected().isEmpty() ? ""
            : "Next expected:\n  " + String.join("\n  ", vm.nextExpected()), vm.nextExpected()));
        expression.textProperty().addListener(o -> settle.playFromStart());
        tz.valueProperty().addListener(o -> settle.playFromStart());
        settle.setOnFinished(e -> vm.validateSchedule());

        var filters = Forms.grid();
        Forms.row(filters, "Methods", check("editPostOnly", "Only POST counts (HEAD and GET are ignored)", vm.postOnly()));
        Forms.row(filters, "Start keywords", bound("editStartKw", "", vm.startKw()), "start_kw", vm.errors());
        Forms.row(filters, "Success keywords", bound("editSuccessKw", "", vm.successKw()), "success_kw", vm.errors());
        Forms.row(filters, "Failure keywords", bound("editFailureKw", "", vm.failureKw()), "failure_kw", vm.errors());
        Forms.row(filters, "Look in", new HBox(10, check("editFilterSubject", "subject", vm.filterSubject()),
            check("editFilterBody", "body", vm.filterBody()), check("editFilterHttpBody", "HTTP body", vm.filterHttpBody())));
        Forms.row(filters, "", check("editFilterDefaultFail", "Fail when no keyword matches", vm.filterDefaultFail()));
        Forms.row(filters, "Alerts", check("editManualResume", "Stay down until resumed by hand", vm.manualResume()));

        var alerts = Forms.grid();
        Forms.row(alerts, "Start grace", bound("editStartGrace", "off, or e.g. 30 min: a started run must end within",
            vm.startGrace()), "start_grace", vm.errors());
        Forms.row(alerts, "Min run time", bound("editMinRunTime", "off, or e.g. 2 min: faster runs count as failures",
            vm.minRunTime()), "min_run_time", vm.errors());
        Forms.row(alerts, "Fail threshold", bound("editFailThreshold", "failures in a row before down (1..1000)",
            vm.failThreshold()), "fail_threshold", vm.errors());
        Forms.row(alerts, "Repeat every", bound("editRepeatEvery", "off, or e.g. 1 h: alert again while down",
            vm.repeatEvery()), "repeat_every", vm.errors());
        Forms.row(alerts, "Snoozed until", bound("editSnoozedUntil", "2026-01-31T08:00:00+01:00, or empty",
            vm.snoozedUntil()), "snoozed_until", vm.errors());
        Forms.row(alerts, "", new HBox(6, snooze("snooze1h", "1 h", java.time.Duration.ofHours(1)),
            snooze("snooze1d", "1 day", java.time.Duration.ofDays(1)),
            snooze("snooze1w", "1 week", java.time.Duration.ofDays(7)), endSnooze()));
        var alertsTitle = section("Alerts");
        alertsTitle.visibleProperty().bind(vm.alertsKnown());
        alertsTitle.managedProperty().bind(alertsTitle.visibleProperty());
        alerts.visibleProperty().bind(vm.alertsKnown());
        alerts.managedProperty().bind(alerts.visibleProperty());

        vm.extras().addListener((ListChangeListener<ExtraField>) c -> fillExtras());
        fillExtras();

        var save = new Button("Save");
        save.setId("saveCheck");
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save(onSaved));
        box.getChildren().setAll(title, main, section("Schedule"), schedule, period, calendar, grace, next,
            section("Filters and alerts"), filters, alertsTitle, alerts, extras);
        box.setPadding(new Insets(12));
        // Save stays in view under the scrolling form, which is longer than a window now.
        footer.getChildren().setAll(save, Forms.message("formMessage", vm.formMessage()));
        footer.setPadding(new Insets(8, 12, 8, 12));
    }

    /** Options a newer server sends and this app does not know by name. */
    private void fillExtras() {
        extras.getChildren().clear();
        if (vm.extras().isEmpty()) {
            return;
        }
        Forms.row(extras, "", section("More options from the server"));
        for (ExtraField field : vm.extras()) {
            Node input;
            if (field.type() == ExtraField.Type.BOOLEAN) {
                var box = new CheckBox();
                box.setSelected(Boolean.parseBoolean(field.value().get()));
                box.selectedProperty().addListener((o, was, now) -> field.value().set(Boolean.toString(now)));
                input = box;
            } else {
                var text = new TextField();
                text.textProperty().bindBidirectional(field.value());
                input = text;
            }
            input.setId("extra-" + field.key());
            Forms.row(extras, field.label(), input, field.key(), vm.errors());
        }
    }

    private Button snooze(String id, String text, java.time.Duration length) {
        var button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> vm.snoozeFor(length));
        return button;
    }

    private Button endSnooze() {
        var button = new Button("End snooze");
        button.setId("snoozeEnd");
        button.setOnAction(e -> vm.endSnooze());
        return button;
    }

    private static TextField bound(String id, String prompt, javafx.beans.property.StringProperty value) {
        var field = Forms.text(id, prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static CheckBox check(String id, String text, BooleanProperty value) {
        var box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private static Label section(String text) {
        var label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }

    public void focusName() {
        name.requestFocus();
    }

    public Node node() {
        var scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        var pane = new javafx.scene.layout.BorderPane(scroll);
        pane.setBottom(footer);
        return pane;
    }
}
