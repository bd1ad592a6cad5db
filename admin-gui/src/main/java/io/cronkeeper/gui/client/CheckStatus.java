package io.cronkeeper.gui.client;

import java.util.Locale;

/** A check's status as the admin API's {@code status_with_started} names it. */
public enum CheckStatus {
    NEW, UP, GRACE, DOWN, PAUSED, STARTED;

    public static CheckStatus parse(String wire) {
        for (CheckStatus s : values()) {
            if (s.wire().equals(wire)) {
                return s;
            }
        }
        return NEW;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
