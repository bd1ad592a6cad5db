package io.cronkeeper.gui.pings;

/** {@code hexdump -C} style: offset, 16 bytes in hex, then the printable ASCII. */
final class HexDump {
    private HexDump() {
    }

    static String of(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int offset = 0; offset < bytes.length; offset += 16) {
            out.append(String.format("%08x  ", offset));
            StringBuilder ascii = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (offset + i < bytes.length) {
                    int b = bytes[offset + i] & 0xff;
                    out.append(String.format("%02x ", b));
                    ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                } else {
                    out.append("   ");
                }
                if (i == 7) {
                    out.append(' ');
                }
            }
            out.append(" |").append(ascii).append("|\n");
        }
        out.append(String.format("%08x%n", bytes.length));
        return out.toString();
    }
}
