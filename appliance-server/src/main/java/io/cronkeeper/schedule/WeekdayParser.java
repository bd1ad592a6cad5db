package io.cronkeeper.schedule;

/**
 * The optional weekday list at the start of a line, read as systemd's parse_weekdays does:
 * full or three-letter English names in any case, lists with {@code ,} (a trailing comma is
 * allowed), ranges with {@code ..} or {@code -}.
 */
final class WeekdayParser {
    private static final String[][] WEEKDAYS = {
        {"Monday", "Mon"}, {"Tuesday", "Tue"}, {"Wednesday", "Wed"}, {"Thursday", "Thu"},
        {"Friday", "Fri"}, {"Saturday", "Sat"}, {"Sunday", "Sun"},
    };

    private WeekdayParser() {
    }

    /** The weekday bit set (bit 0 = Monday), 0 when the line has no weekdays; leaves c after them. */
    static int weekdays(Cursor c) {
        int bits = 0;
        int open = -1;
        boolean first = true;
        while (true) {
            int nr = -1;
            String name = "";
            for (int d = 0; d < WEEKDAYS.length && nr < 0; d++) {
                for (String candidate : WEEKDAYS[d]) {
                    if (c.startsWithIgnoreCase(candidate)) {
                        nr = d;
                        name = candidate;
                        break;
                    }
                }
            }
            if (nr < 0) {
                // No weekday at all is fine: the date follows.
                if (first) {
                    return bits;
                }
                throw c.fail("expected a weekday");
            }
            char after = c.at(c.pos + name.length());
            if (!(after == 0 || after == '-' || after == '.' || after == ',' || after == ' ')) {
                throw c.fail("bad weekday");
            }
            bits |= 1 << nr;
            if (open >= 0) {
                if (open > nr) {
                    throw c.fail("weekday range runs backwards");
                }
                for (int j = open + 1; j < nr; j++) {
                    bits |= 1 << j;
                }
            }
            c.pos += name.length();
            if (c.atEnd()) {
                return bits;
            }
            if (c.peek() == ' ') {
                c.skipSpaces();
                return bits;
            }
            if (c.peek() == '.') {
                if (open >= 0 || c.at(c.pos + 1) != '.') {
                    throw c.fail("bad weekday range");
                }
                open = nr;
                c.pos += 2;
            } else if (c.peek() == '-') {
                if (open >= 0) {
                    throw c.fail("bad weekday range");
                }
                open = nr;
                c.pos++;
            } else if (c.peek() == ',') {
                open = -1;
                c.pos++;
            }
            // A trailing comma is allowed, an open range is not.
            if (c.atEnd() || c.peek() == ' ') {
                c.skipSpaces();
                if (open >= 0) {
                    throw c.fail("weekday range without an end");
                }
                return bits;
            }
            first = false;
        }
    }
}
