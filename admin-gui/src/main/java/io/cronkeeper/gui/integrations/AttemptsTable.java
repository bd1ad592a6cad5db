package io.cronkeeper.gui.integrations;

import io.cronkeeper.gui.client.DeliveryAttempt;
import io.cronkeeper.gui.client.Times;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A channel's delivery log: when, why (alert, nag, test), and what the far side said. */
final class AttemptsTable {
    private AttemptsTable() {
    }

    static TableView<DeliveryAttempt> of(ObservableList<DeliveryAttempt> attempts) {
        var table = new TableView<>(attempts);
        table.setId("attempts");
        table.setPlaceholder(io.cronkeeper.gui.widgets.EmptyState.of("No deliveries yet",
            "Alerts and test notifications sent through this integration are listed here."));
        table.setPrefHeight(200);
        ZoneId zone = ZoneId.systemDefault();
        table.getColumns().setAll(java.util.List.of(
            column("Date", 160, a -> Times.exact(a.date(), zone)),
            column("Kind", 60, DeliveryAttempt::kind),
            column("Status", 60, DeliveryAttempt::status),
            column("Delivered", 80, a -> a.delivered() ? "delivered" : "failed"),
            column("Code", 50, a -> a.statusCode().isPresent() ? Integer.toString(a.statusCode().getAsInt()) : ""),
            column("Error", 260, DeliveryAttempt::error)));
        return table;
    }

    private static TableColumn<DeliveryAttempt, String> column(String title, double width,
                                                               Function<DeliveryAttempt, String> value) {
        var column = new TableColumn<DeliveryAttempt, String>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
