package io.cronkeeper.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splitting and case folding as Python's {@code str.split()} and {@code str.upper()} do them. */
final class CronText {

    private CronText() {
    }

    /** The whitespace-separated tokens; Python's notion of whitespace includes NBSP and NEL. */
    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (space && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    static String upperCase(String token) {
        return token.toUpperCase(Locale.ROOT);
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u0085';
    }
}
