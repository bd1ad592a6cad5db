package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.LiveCheck;
import io.cronkeeper.gui.client.Times;
import io.cronkeeper.gui.widgets.EmptyState;
import io.cronkeeper.gui.widgets.RelativeTimeCell;
import java.time.Instant;
import java.time.ZoneId;
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
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * The live checks table: a row per check, redrawn in place when an event changes it. The four
 * columns a user watches come first and keep their room; the others shrink first and can be
 * hidden from the header's menu, so the table never needs a horizontal scrollbar.
 */
public final class ChecksTable {
    private final ChecksViewModel vm;
    private final TableView<LiveCheck> table = new TableView<>();
    private Runnable onOpen = () -> { };

    public ChecksTable(ChecksViewModel vm) {
        this.vm = vm;
        table.setId("checks");
        table.setPlaceholder(EmptyState.of("No checks here yet", "Press Ctrl+N or \"New check\" to add one."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setTableMenuButtonVisible(true);
        var sorted = new SortedList<>(vm.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> new StatusRow());

        var status = column("status", "Status", 95, 85, Check::status);
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
        var name = column("name", "Name", 200, 110, c -> c);
        name.setComparator(Comparator.comparing(Check::displayName, String.CASE_INSENSITIVE_ORDER));
        name.setCellFactory(col -> new NameCell());
        var last = timeColumn("lastPing", "Last ping", Check::lastPing, "never", true);
        var next = column("nextPing", "Next expected", 120, 90, c -> c);
        next.setComparator(Comparator.comparing(c -> NextExpected.at(c).orElse(Instant.MAX)));
        next.setCellFactory(col -> new NextCell());
        var tags = column("tags", "Tags", 110, 30, c -> String.join(" ", c.tags()));
        var schedule = column("schedule", "Schedule", 130, 30, c -> c.schedule().describe());
        var slug = column("slug", "Slug", 130, 30, Check::slug);
        table.getColumns().setAll(java.util.List.of(status, name, last, next, tags, schedule, slug));
        table.getSortOrder().setAll(java.util.List.of(status));

        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selected().set(now.uuid());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.run();
                e.consume();
            }
        });
        vm.selected().addListener((o, was, now) -> reselect(now));
        vm.workspace().now().addListener(o -> table.refresh());
    }

    /** What Enter on a row does: the window opens the check's form. */
    public void onOpen(Runnable action) {
        this.onOpen = action;
    }

    /**
     * Moves the keyboard into the table on its first row, selected and focused, so the next Down
     * goes to the second row (from the search field, as a list of results would).
     */
    public void focusFirstRow() {
        table.requestFocus();
        if (!table.getItems().isEmpty()) {
            LiveCheck current = table.getSelectionModel().getSelectedItem();
            int row = current == null ? 0 : Math.max(0, table.getItems().indexOf(current));
            table.getSelectionModel().clearAndSelect(row);
            table.getFocusModel().focus(row);
            table.scrollTo(row);
        }
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

    private <T> TableColumn<LiveCheck, T> column(String id, String title, double width, double min,
                                                 Function<Check, T> value) {
        var column = new TableColumn<LiveCheck, T>(title);
        column.setId("col-" + id);
        column.setPrefWidth(width);
        column.setMinWidth(min);
        column.setCellValueFactory(cell -> Bindings.createObjectBinding(
            () -> value.apply(cell.getValue().get()), cell.getValue().property()));
        return column;
    }

    private TableColumn<LiveCheck, Optional<Instant>> timeColumn(String id, String title,
                                                                  Function<Check, Optional<Instant>> value, String none,
                                                                  boolean past) {
        var column = column(id, title, 105, 80, value);
        column.setComparator(Comparator.comparing(o -> o.orElse(Instant.EPOCH)));
        column.setCellFactory(col -> new RelativeTimeCell<>(() -> vm.workspace().now().get(), none, past));
        return column;
    }

    /** The name, with a warning sign when no integration would tell anyone the check is down. */
    private static final class NameCell extends TableCell<LiveCheck, Check> {
        private final Label warning = new Label("\u26A0");

        NameCell() {
            warning.getStyleClass().add("no-integration-icon");
            warning.setTooltip(new Tooltip("No integration: nobody is alerted when this check goes down."));
        }

        @Override
        protected void updateItem(Check c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.displayName());
            setGraphic(empty || c == null || !c.channels().isEmpty() ? null : warning);
        }
    }

    /** When the next ping is due; for a running check, when the run times out. */
    private final class NextCell extends TableCell<LiveCheck, Check> {
        @Override
        protected void updateItem(Check c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(NextExpected.describe(c, vm.workspace().now().get()));
            setTooltip(NextExpected.at(c).map(t -> new Tooltip(Times.exact(t, ZoneId.systemDefault()))).orElse(null));
        }
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
