package io.cronkeeper.schedule;

/**
 * A position in the text of one OnCalendar line, read the way systemd's C parser reads a
 * NUL-terminated string: {@link #at} past the end gives 0.
 */
final class Cursor {
    private final String line;
    private final String text;
    int pos;

    /** {@code line} is the whole line (for messages), {@code text} the part being parsed. */
    Cursor(String line, String text) {
        this.line = line;
        this.text = text;
    }

    char at(int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }

    char peek() {
        return at(pos);
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    void skipSpaces() {
        while (peek() == ' ') {
            pos++;
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ASCII-only, like systemd's startswith_no_case: no Unicode case folding surprises. */
    boolean startsWithIgnoreCase(String word) {
        if (pos + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (lowerAscii(text.charAt(pos + i)) != lowerAscii(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** ASCII lower case only, like C's strcaseeq. */
    static String lowerAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(lowerAscii(s.charAt(i)));
        }
        return b.toString();
    }

    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** An error about what is at the current position. */
    InvalidScheduleException fail(String problem) {
        String rest = atEnd() ? "end of expression" : "'" + text.substring(pos) + "'";
        return invalid(line, problem + " at " + rest);
    }

    static InvalidScheduleException invalid(String line, String problem) {
        return new InvalidScheduleException(
                "Invalid OnCalendar expression '" + line + "': " + problem);
    }
}
