package io.cronkeeper.gui.history;

import io.cronkeeper.gui.client.Times;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Columns of the history tables; times are relative with the exact local time as a tooltip, as in the checks table. */
final class HistoryColumns {
    private HistoryColumns() {
    }

    static <R> TableColumn<R, String> text(String id, String title, double width, Function<R, String> value) {
        var column = new TableColumn<R, String>(title);
        column.setId("col-" + id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    static <R> TableColumn<R, Optional<Instant>> time(String id, String title, Function<R, Instant> value,
                                                      HistoryViewModel vm) {
        return optionalTime(id, title, r -> Optional.of(value.apply(r)), vm);
    }

    /** Rows where the time does not apply show nothing. */
    static <R> TableColumn<R, Optional<Instant>> optionalTime(String id, String title,
                                                                      Function<R, Optional<Instant>> value,
                                                                      HistoryViewModel vm) {
        var column = new TableColumn<R, Optional<Instant>>(title);
        column.setId("col-" + id);
        column.setPrefWidth(90);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Optional<Instant> when, boolean empty) {
                super.updateItem(when, empty);
                if (empty || when == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(Times.relative(when, vm.now().get(), ""));
                setTooltip(when.isPresent() ? new Tooltip(Times.exact(when, ZoneId.systemDefault())) : null);
            }
        });
        return column;
    }
}
