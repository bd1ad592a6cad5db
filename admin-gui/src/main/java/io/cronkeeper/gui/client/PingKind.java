package io.cronkeeper.gui.client;

import java.util.Locale;

/** What a ping said: the {@code kind} of a ping object. */
public enum PingKind {
    SUCCESS, START, FAIL, IGN, LOG;

    public static PingKind parse(String wire) {
        for (PingKind k : values()) {
            if (k.wire().equals(wire)) {
                return k;
            }
        }
        return LOG;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
