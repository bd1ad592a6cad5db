package io.cronkeeper.ping;

import java.util.Locale;
import java.util.Optional;

/** What a ping means. Success is stored as a null kind, as Healthchecks does. */
public enum PingKind {
    SUCCESS, START, FAIL, IGN, LOG;

    /** The API's {@code type} field. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stored {@code kind} column value; empty for success. */
    public Optional<String> stored() {
        return this == SUCCESS ? Optional.empty() : Optional.of(wire());
    }

    public static PingKind fromStored(String kind) {
        return kind == null ? SUCCESS : valueOf(kind.toUpperCase(Locale.ROOT));
    }
}
