package io.cronkeeper.check;

/** The status shown to users: the stored one, or {@code grace}/{@code started} derived from time. */
public enum CheckStatus {
    NEW, UP, GRACE, DOWN, PAUSED, STARTED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
