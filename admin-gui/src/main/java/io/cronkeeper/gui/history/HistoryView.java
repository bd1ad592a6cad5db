package io.cronkeeper.gui.history;

import io.cronkeeper.gui.checks.StatusLook;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.Flip;
import io.cronkeeper.gui.widgets.Forms;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected check's status changes, old to new in the status colours, and the alerts they queued. */
public final class HistoryView {
    private final VBox root;

    public HistoryView(HistoryViewModel vm) {
        var flips = new TableView<>(vm.flips());
        flips.setId("flips");
        flips.setPlaceholder(io.cronkeeper.gui.widgets.EmptyState.of("No status changes yet", "They appear when the check goes up, late or down."));
        var change = new TableColumn<Flip, Flip>("Change");
        change.setId("col-change");
        change.setPrefWidth(200);
        change.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        change.setCellFactory(col -> new ChangeCell());
        var reason = HistoryColumns.text("reason", "Reason", 90, Flip::reason);
        flips.getColumns().setAll(List.of(HistoryColumns.time("flipTime", "When", Flip::timestamp, vm), change, reason));

        var alerts = new TableView<>(vm.alerts());
        alerts.setId("notifications");
        alerts.setPlaceholder(new Label("No alerts queued for this check."));
        alerts.getColumns().setAll(List.of(
            HistoryColumns.time("alertDue", "When", AlertRow::due, vm),
            HistoryColumns.text("channel", "Channel", 130, AlertRow::channel),
            HistoryColumns.text("alertKind", "Kind", 60, AlertRow::kind),
            HistoryColumns.text("state", "State", 70, AlertRow::state),
            HistoryColumns.text("attempts", "Tries", 45, a -> Integer.toString(a.attempts())),
            HistoryColumns.optionalTime("nextAttempt", "Next try", AlertRow::nextAttempt, vm),
            HistoryColumns.optionalTime("finished", "Finished", AlertRow::finished, vm)));
        vm.now().addListener((o, was, now) -> {
            flips.refresh();
            alerts.refresh();
        });

        var refresh = new Button("Refresh");
        refresh.setId("refreshHistory");
        refresh.setOnAction(e -> vm.reload());
        VBox.setVgrow(flips, Priority.ALWAYS);
        VBox.setVgrow(alerts, Priority.ALWAYS);
        root = new VBox(6, new HBox(8, refresh), Forms.message("historyMessage", vm.message()),
            heading("Status changes"), flips, heading("Alerts"), alerts);
        root.setPadding(new Insets(8));
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }

    public Node node() {
        return root;
    }

    /** "○ new → ✖ down", each status in its own colour as the checks table shows it. */
    static final class ChangeCell extends TableCell<Flip, Flip> {
        @Override
        protected void updateItem(Flip flip, boolean empty) {
            super.updateItem(flip, empty);
            setText(null);
            if (empty || flip == null) {
                setGraphic(null);
                return;
            }
            var box = new HBox(6, StatusLook.label(CheckStatus.parse(flip.oldStatus())), new Label("\u2192"),
                StatusLook.label(CheckStatus.parse(flip.newStatus())));
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        }
    }
}
