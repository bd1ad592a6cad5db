package io.cronkeeper.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one field's value list (systemd's parse_chain / prepend_component): {@code *}, or
 * comma-separated {@code n}, {@code a..b}, {@code n/r}, {@code a..b/r}. Seconds may carry a
 * fraction and are kept in microseconds.
 */
final class ChainParser {
    private static final int USEC = CalendarSpec.USEC_PER_SEC;
    /** systemd's CALENDARSPEC_COMPONENTS_MAX, counted as its recursion does. */
    private static final int MAX_COMPONENTS = 241;

    private ChainParser() {
    }

    /** An empty list is {@code *}; for seconds {@code *} is 0/1s, as in systemd. */
    static List<CalendarComponent> chain(Cursor c, boolean usec, String field) {
        if (c.peek() == '*') {
            c.pos++;
            if (c.peek() == '/') {
                throw c.fail("a repetition needs a start value (write 0/15, not */15)");
            }
            return usec ? List.of(new CalendarComponent(0, -1, USEC)) : List.of();
        }
        List<CalendarComponent> out = new ArrayList<>();
        while (true) {
            if (out.size() >= MAX_COMPONENTS) {
                throw c.fail("too many " + field + " values");
            }
            out.add(component(c, usec, field));
            if (c.peek() != ',') {
                return out;
            }
            c.pos++;
        }
    }

    private static CalendarComponent component(Cursor c, boolean usec, String field) {
        int start = decimal(c, usec, field);
        int stop = -1;
        int repeat = 0;
        if (c.peek() == '.' && c.at(c.pos + 1) == '.') {
            c.pos += 2;
            stop = decimal(c, usec, field);
            repeat = usec ? USEC : 1;
        }
        if (c.peek() == '/') {
            c.pos++;
            repeat = decimal(c, usec, field);
            if (repeat == 0) {
                throw c.fail("a " + field + " repetition of 0");
            }
        } else {
            if (start > Integer.MAX_VALUE - repeat) {
                throw c.fail(field + " value too large");
            }
            // A fractional seconds range shorter than the default 1s step never repeats.
            if (usec && stop >= 0 && start + repeat > stop) {
                throw c.fail("seconds range shorter than one second");
            }
        }
        char next = c.peek();
        if (!(next == 0 || next == ' ' || next == ',' || next == '-' || next == '~' || next == ':')) {
            throw c.fail("unexpected character in " + field);
        }
        return new CalendarComponent(start, stop, repeat);
    }

    private static int decimal(Cursor c, boolean usec, String field) {
        if (!Cursor.isDigit(c.peek())) {
            throw c.fail("expected a number for " + field);
        }
        long value = 0;
        while (Cursor.isDigit(c.peek())) {
            value = Math.min(value * 10 + (c.peek() - '0'), 10_000_000_000L);
            c.pos++;
        }
        if (usec) {
            value *= USEC;
            // One "." is a decimal point, but ".." is a range separator.
            if (c.peek() == '.' && c.at(c.pos + 1) != '.') {
                c.pos++;
                value += fraction(c);
            }
        }
        if (value > Integer.MAX_VALUE) {
            throw c.fail(field + " value too large");
        }
        return (int) value;
    }

    /** systemd's parse_fractional_part_u with 6 digits: rounds on the 7th, ignores the rest. */
    private static int fraction(Cursor c) {
        int val = 0;
        int i = 0;
        for (; i < 6; i++) {
            if (!Cursor.isDigit(c.peek())) {
                if (i == 0) {
                    throw c.fail("expected digits after the decimal point");
                }
                break;
            }
            val = val * 10 + (c.peek() - '0');
            c.pos++;
        }
        for (; i < 6; i++) {
            val *= 10;
        }
        if (c.peek() >= '5' && c.peek() <= '9') {
            val++;
        }
        while (Cursor.isDigit(c.peek())) {
            c.pos++;
        }
        return val;
    }
}
