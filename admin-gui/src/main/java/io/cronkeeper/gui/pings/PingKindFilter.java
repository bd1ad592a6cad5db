package io.cronkeeper.gui.pings;

import io.cronkeeper.gui.client.PingKind;

/** The kinds the ping log can be narrowed to. */
public enum PingKindFilter {
    ALL("All kinds"), SUCCESS("Success"), START("Start"), FAIL("Failure"), LOG("Log"), IGN("Ignored");

    private final String label;

    PingKindFilter(String label) {
        this.label = label;
    }

    boolean accepts(PingKind kind) {
        return this == ALL || name().equals(kind.name());
    }

    @Override
    public String toString() {
        return label;
    }
}
