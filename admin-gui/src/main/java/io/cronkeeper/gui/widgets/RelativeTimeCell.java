package io.cronkeeper.gui.widgets;

import io.cronkeeper.gui.client.Times;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A table cell showing a time relative to the app's clock ("3 min ago"), with the exact time as tooltip. */
public final class RelativeTimeCell<R> extends TableCell<R, Optional<Instant>> {
    private final Supplier<Instant> now;
    private final String none;

    /** @param none what an absent time shows */
    public RelativeTimeCell(Supplier<Instant> now, String none) {
        this.now = now;
        this.none = none;
    }

    @Override
    protected void updateItem(Optional<Instant> when, boolean empty) {
        super.updateItem(when, empty);
        if (empty || when == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(Times.relative(when, now.get(), none));
        setTooltip(when.isPresent() ? new Tooltip(Times.exact(when, ZoneId.systemDefault())) : null);
    }
}
