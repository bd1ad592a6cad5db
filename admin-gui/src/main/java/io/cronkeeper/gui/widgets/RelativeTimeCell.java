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
    private final boolean past;

    /**
     * @param none what an absent time shows
     * @param past the time is of something that happened (a ping): a moment ahead of the app's
     *             clock is the server's clock running ahead, and reads "just now"
     */
    public RelativeTimeCell(Supplier<Instant> now, String none, boolean past) {
        this.now = now;
        this.none = none;
        this.past = past;
    }

    public RelativeTimeCell(Supplier<Instant> now, String none) {
        this(now, none, false);
    }

    @Override
    protected void updateItem(Optional<Instant> when, boolean empty) {
        super.updateItem(when, empty);
        if (empty || when == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(past ? when.map(w -> Times.since(w, now.get())).orElse(none) : Times.relative(when, now.get(), none));
        setTooltip(when.isPresent() ? new Tooltip(Times.exact(when, ZoneId.systemDefault())) : null);
    }
}
