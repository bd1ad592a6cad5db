package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.LiveCheck;
import io.cronkeeper.gui.widgets.RelativeTimeCell;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The live checks table: a row per check, redrawn in place when an event changes it. */
public final class ChecksTable {
    private final ChecksViewModel vm;
    private final TableView<LiveCheck> table = new TableView<>();

    public ChecksTable(ChecksViewModel vm) {
        this.vm = vm;
        table.setId("checks");
        table.setPlaceholder(new Label("No checks here yet. Press Ctrl+N to add one."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        var sorted = new SortedList<>(vm.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> new StatusRow());

        var status = column("status", "Status", 100, c -> c.status());
        status.setComparator(StatusLook.SEVERITY);
        status.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(CheckStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : StatusLook.glyph(s) + "  " + StatusLook.word(s));
                getStyleClass().remove("status");
                if (!empty && s != null) {
                    getStyleClass().add("status");
                    StatusLook.apply(this, s);
                }
            }
        });
        var name = column("name", "Name", 200, Check::displayName);
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        var slug = column("slug", "Slug", 150, Check::slug);
        var tags = column("tags", "Tags", 120, c -> String.join(" ", c.tags()));
        var last = timeColumn("lastPing", "Last ping", Check::lastPing, "never");
        var next = timeColumn("nextPing", "Next expected", Check::nextPing, "");
        var schedule = column("schedule", "Schedule", 150, c -> c.schedule().describe());
        table.getColumns().setAll(java.util.List.of(status, name, slug, tags, last, next, schedule));
        table.getSortOrder().setAll(java.util.List.of(status));

        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selected().set(now.uuid());
            }
        });
        vm.selected().addListener((o, was, now) -> reselect(now));
        vm.workspace().now().addListener(o -> table.refresh());
    }

    private void reselect(String uuid) {
        LiveCheck current = table.getSelectionModel().getSelectedItem();
        if (current != null && current.uuid().equals(uuid)) {
            return;
        }
        table.getItems().stream().filter(c -> c.uuid().equals(uuid)).findFirst().ifPresentOrElse(c -> {
            table.getSelectionModel().select(c);
            table.scrollTo(c);
        }, () -> table.getSelectionModel().clearSelection());
    }

    private <T> TableColumn<LiveCheck, T> column(String id, String title, double width, Function<Check, T> value) {
        var column = new TableColumn<LiveCheck, T>(title);
        column.setId("col-" + id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> Bindings.createObjectBinding(
            () -> value.apply(cell.getValue().get()), cell.getValue().property()));
        return column;
    }

    private TableColumn<LiveCheck, Optional<Instant>> timeColumn(String id, String title,
                                                                  Function<Check, Optional<Instant>> value, String none) {
        var column = column(id, title, 120, value);
        column.setComparator(Comparator.comparing(o -> o.orElse(Instant.EPOCH)));
        column.setCellFactory(col -> new RelativeTimeCell<>(() -> vm.workspace().now().get(), none));
        return column;
    }

    /** Colours the whole row by status; follows the check as events change it. */
    private static final class StatusRow extends TableRow<LiveCheck> {
        private final ChangeListener<Check> follow = (o, was, now) -> StatusLook.apply(this, now.status());
        private LiveCheck shown;

        @Override
        protected void updateItem(LiveCheck item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.property().removeListener(follow);
            }
            shown = empty ? null : item;
            if (shown != null) {
                shown.property().addListener(follow);
                StatusLook.apply(this, shown.get().status());
            } else {
                for (CheckStatus s : CheckStatus.values()) {
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(s.wire()), false);
                }
            }
        }
    }

    public TableView<LiveCheck> node() {
        return table;
    }
}
