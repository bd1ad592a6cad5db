package io.cronkeeper.schedule;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRulesProvider;
import java.util.List;
import java.util.Set;

/**
 * Parses one OnCalendar line exactly as systemd's calendar_spec_from_string does (systemd 252,
 * src/shared/calendarspec.c): what it accepts we accept, what it rejects we reject.
 *
 * <p>Not supported: the local zone's own abbreviation as a suffix ({@code 12:00 EEST} meaning
 * "only when DST is in effect"); such a suffix is read as a zone name when it is one.
 */
final class CalendarSpecParser {
    private static final String[][] WEEKDAYS = {
        {"Monday", "Mon"}, {"Tuesday", "Tue"}, {"Wednesday", "Wed"}, {"Thursday", "Thu"},
        {"Friday", "Fri"}, {"Saturday", "Sat"}, {"Sunday", "Sun"},
    };
    private static final Set<String> ZONE_IDS = ZoneRulesProvider.getAvailableZoneIds();

    private final String line;
    private final SpecDraft draft = new SpecDraft();

    private CalendarSpecParser(String line) {
        this.line = line;
    }

    static CalendarSpec parse(String line) {
        return new CalendarSpecParser(line).run();
    }

    private CalendarSpec run() {
        String p = line;
        if (p.length() >= 4 && endsWithUtc(p)) {
            draft.zone = new SpecZone.Utc();
            p = p.substring(0, p.length() - 4);
        } else {
            int space = p.lastIndexOf(' ');
            if (space >= 0 && isZoneName(p.substring(space + 1))) {
                draft.zone = new SpecZone.Named(ZoneId.of(p.substring(space + 1)));
                p = p.substring(0, space);
            }
        }
        if (p.isEmpty()) {
            throw Cursor.invalid(line, "no date or time");
        }
        if (!Shorthands.apply(p, draft)) {
            Cursor c = new Cursor(line, p);
            weekdays(c);
            if (!date(c)) {
                time(c);
            }
            if (!c.atEnd()) {
                throw c.fail("unexpected text");
            }
        }
        return SpecValidator.finish(line, draft);
    }

    private static boolean endsWithUtc(String p) {
        String tail = p.substring(p.length() - 4);
        return tail.charAt(0) == ' ' && tail.substring(1).equalsIgnoreCase("UTC");
    }

    /** systemd accepts a zone for which /usr/share/zoneinfo has a file; Java's tz database stands in. */
    private static boolean isZoneName(String name) {
        return name.equals("UTC") || ZONE_IDS.contains(name);
    }

    private void weekdays(Cursor c) {
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
                    return;
                }
                throw c.fail("expected a weekday");
            }
            char after = c.at(c.pos + name.length());
            if (!(after == 0 || after == '-' || after == '.' || after == ',' || after == ' ')) {
                throw c.fail("bad weekday");
            }
            draft.weekdays |= 1 << nr;
            if (open >= 0) {
                if (open > nr) {
                    throw c.fail("weekday range runs backwards");
                }
                for (int j = open + 1; j < nr; j++) {
                    draft.weekdays |= 1 << j;
                }
            }
            c.pos += name.length();
            if (c.atEnd()) {
                return;
            }
            if (c.peek() == ' ') {
                c.skipSpaces();
                return;
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
                return;
            }
            first = false;
        }
    }

    /** Returns true when the date was an {@code @timestamp}, which also fixes the time. */
    private boolean date(Cursor c) {
        if (c.atEnd()) {
            return false;
        }
        if (c.peek() == '@') {
            timestamp(c);
            return true;
        }
        int begin = c.pos;
        List<CalendarComponent> first = ChainParser.chain(c, false, "year or month");
        // Already the end, or a ':'? Then this was a time, not a date.
        if (c.atEnd() || c.peek() == ':') {
            c.pos = begin;
            return false;
        }
        if (c.peek() == '~') {
            draft.endOfMonth = true;
        } else if (c.peek() != '-') {
            throw c.fail("bad date");
        }
        c.pos++;
        List<CalendarComponent> second = ChainParser.chain(c, false, "month or day");
        if (c.atEnd() || c.peek() == ' ') {
            c.skipSpaces();
            draft.month = first;
            draft.day = second;
            return false;
        }
        if (draft.endOfMonth) {
            throw c.fail("'~' must come before the day");
        }
        if (c.peek() == '~') {
            draft.endOfMonth = true;
        } else if (c.peek() != '-') {
            throw c.fail("bad date");
        }
        c.pos++;
        List<CalendarComponent> third = ChainParser.chain(c, false, "day");
        if (!(c.atEnd() || c.peek() == ' ')) {
            throw c.fail("bad day");
        }
        c.skipSpaces();
        draft.year = first;
        draft.month = second;
        draft.day = third;
        return false;
    }

    private void time(Cursor c) {
        draft.hour = List.of(CalendarComponent.of(0));
        draft.minute = List.of(CalendarComponent.of(0));
        draft.microsecond = List.of(CalendarComponent.of(0));
        if (c.atEnd()) {
            return;
        }
        draft.hour = ChainParser.chain(c, false, "hour");
        if (c.peek() != ':') {
            throw c.fail("expected ':' after the hour");
        }
        c.pos++;
        draft.minute = ChainParser.chain(c, false, "minute");
        if (c.atEnd()) {
            return;
        }
        if (c.peek() != ':') {
            throw c.fail("expected ':' after the minute");
        }
        c.pos++;
        draft.microsecond = ChainParser.chain(c, true, "second");
    }

    /** {@code @seconds-since-epoch}: one fixed UTC moment (strtoul rules: blanks and a sign pass). */
    private void timestamp(Cursor c) {
        c.pos++;
        while (c.peek() == ' ' || c.peek() == '\t') {
            c.pos++;
        }
        boolean negative = c.peek() == '-';
        if (c.peek() == '+' || c.peek() == '-') {
            c.pos++;
        }
        if (!Cursor.isDigit(c.peek())) {
            throw c.fail("expected seconds since the epoch");
        }
        long value = 0;
        while (Cursor.isDigit(c.peek())) {
            value = Math.min(value * 10 + (c.peek() - '0'), 100_000_000_000L);
            c.pos++;
        }
        if (negative && value != 0 || value >= 100_000_000_000L) {
            throw Cursor.invalid(line, "timestamp outside the years 1970..2199");
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(value, 0, ZoneOffset.UTC);
        draft.year = List.of(CalendarComponent.of(t.getYear()));
        draft.month = List.of(CalendarComponent.of(t.getMonthValue()));
        draft.day = List.of(CalendarComponent.of(t.getDayOfMonth()));
        draft.hour = List.of(CalendarComponent.of(t.getHour()));
        draft.minute = List.of(CalendarComponent.of(t.getMinute()));
        draft.microsecond = List.of(CalendarComponent.of(t.getSecond() * CalendarSpec.USEC_PER_SEC));
        draft.zone = new SpecZone.Utc();
    }
}
