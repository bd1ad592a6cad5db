package io.cronkeeper.gui.widgets;

import java.util.Locale;

/** "1 ping", "2 pings", "1,024 bytes": counts with the right noun, grouped for reading. */
public final class Plural {
    private Plural() {
    }

    public static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** The noun's plural is the noun and an s. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }
}
