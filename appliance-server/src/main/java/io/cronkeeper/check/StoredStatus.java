package io.cronkeeper.check;

/** The status stored on a check; {@code grace} and {@code started} are only ever computed. */
public enum StoredStatus {
    NEW, UP, DOWN, PAUSED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static StoredStatus parse(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
