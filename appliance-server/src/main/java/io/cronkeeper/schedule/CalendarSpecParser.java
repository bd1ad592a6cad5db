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
            try {
                fields(new Cursor(line, p));
            } catch (InvalidScheduleException e) {
                throw withHint(p, e);
            }
        }
        return SpecValidator.finish(line, draft);
    }

    private void fields(Cursor c) {
        draft.weekdays = WeekdayParser.weekdays(c);
        if (!date(c)) {
            time(c);
        }
        if (!c.atEnd()) {
            throw c.fail("unexpected text");
        }
    }

    /** Names the likely mistake for errors whose position alone would puzzle a user. */
    private InvalidScheduleException withHint(String p, InvalidScheduleException e) {
        String last = p.substring(p.lastIndexOf(' ') + 1);
        String first = p.contains(" ") ? p.substring(0, p.indexOf(' ')) : p;
        if (isZoneName(p) || p.equalsIgnoreCase("UTC")) {
            return Cursor.invalid(line, "a time zone needs a date or time before it");
        }
        if (Shorthands.apply(first, new SpecDraft())) {
            return Cursor.invalid(line, "'" + first + "' cannot be combined with other fields");
        }
        if (p.contains(" ") && last.contains("/") && !Cursor.isDigit(last.charAt(0)) && last.charAt(0) != '*') {
            String known = ZONE_IDS.stream().filter(z -> z.equalsIgnoreCase(last)).findFirst()
                    .map(z -> " (did you mean '" + z + "'?)").orElse("");
            return Cursor.invalid(line, "unknown time zone '" + last + "'" + known);
        }
        return e;
    }

    private static boolean endsWithUtc(String p) {
        String tail = p.substring(p.length() - 4);
        return tail.charAt(0) == ' ' && tail.substring(1).equalsIgnoreCase("UTC");
    }

    /** systemd accepts a zone for which /usr/share/zoneinfo has a file; Java's tz database stands in. */
    private static boolean isZoneName(String name) {
        return name.equals("UTC") || ZONE_IDS.contains(name);
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
