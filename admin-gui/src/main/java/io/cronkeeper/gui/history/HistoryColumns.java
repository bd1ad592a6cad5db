package io.cronkeeper.gui.history;

import io.cronkeeper.gui.widgets.RelativeTimeCell;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

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
        column.setCellFactory(col -> new RelativeTimeCell<>(() -> vm.now().get(), "", true));
        return column;
    }
}
