package io.cronkeeper.config;

import java.util.OptionalLong;

/** How many bytes of a ping body are stored; {@code none} means all of it. */
public record BodyLimit(OptionalLong bytes) {
    public static BodyLimit unlimited() {
        return new BodyLimit(OptionalLong.empty());
    }

    public static BodyLimit of(long bytes) {
        return new BodyLimit(OptionalLong.of(bytes));
    }

    public boolean isUnlimited() {
        return bytes.isEmpty();
    }

    /** Bytes to keep out of a body; unlimited is capped by what a byte array can hold. */
    public int storedBytes() {
        return (int) Math.min(bytes.orElse(Integer.MAX_VALUE - 16), Integer.MAX_VALUE - 16);
    }

    @Override
    public String toString() {
        return isUnlimited() ? "none" : Long.toString(bytes.getAsLong());
    }
}
