package io.cronkeeper.gui.pings;

import java.nio.charset.StandardCharsets;

/** How the body viewer shows the bytes: as text in one of two encodings, or as a hex dump. */
public enum BodyEncoding {
    UTF8("UTF-8"), LATIN1("Latin-1"), HEX("Hex");

    private final String label;

    BodyEncoding(String label) {
        this.label = label;
    }

    String render(byte[] bytes) {
        return switch (this) {
            case UTF8 -> new String(bytes, StandardCharsets.UTF_8);
            case LATIN1 -> new String(bytes, StandardCharsets.ISO_8859_1);
            case HEX -> HexDump.of(bytes);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
