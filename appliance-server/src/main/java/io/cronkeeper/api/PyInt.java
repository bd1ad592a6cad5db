package io.cronkeeper.api;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Python's {@code int(str)}, which Healthchecks' query filters use: surrounding whitespace, a
 * sign, any Unicode decimal digits and single underscores between digits are accepted.
 */
final class PyInt {
    private PyInt() {
    }

    static Optional<BigInteger> parse(String text) {
        String s = strip(text);
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        var digits = new StringBuilder();
        boolean afterUnderscore = false;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_' && !digits.isEmpty() && !afterUnderscore) {
                afterUnderscore = true;
                continue;
            }
            int d = Character.digit(cp, 10);
            if (d < 0 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
                return Optional.empty();
            }
            digits.append((char) ('0' + d));
            afterUnderscore = false;
        }
        if (digits.isEmpty() || afterUnderscore) {
            return Optional.empty();
        }
        BigInteger v = new BigInteger(digits.toString());
        return Optional.of(negative ? v.negate() : v);
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code str.isspace()} for the characters a query string can carry. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
