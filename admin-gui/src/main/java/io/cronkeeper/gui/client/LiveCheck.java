package io.cronkeeper.gui.client;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One check that stays the same object while its state changes, so tables keep their selection
 * and scroll position when an event redraws a row.
 */
public final class LiveCheck {
    private final String uuid;
    private final ReadOnlyObjectWrapper<Check> check;

    LiveCheck(Check check) {
        this.uuid = check.uuid();
        this.check = new ReadOnlyObjectWrapper<>(check);
    }

    public String uuid() {
        return uuid;
    }

    public Check get() {
        return check.get();
    }

    public ReadOnlyObjectProperty<Check> property() {
        return check.getReadOnlyProperty();
    }

    void set(Check value) {
        check.set(value);
    }
}
