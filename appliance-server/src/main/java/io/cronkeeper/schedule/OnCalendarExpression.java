package io.cronkeeper.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A systemd OnCalendar schedule, evaluated as systemd 252 evaluates it (same accepted syntax, same
 * elapses, including around DST changes). Several expressions may be given one per line, as
 * Healthchecks accepts; the earliest next elapse wins.
 *
 * <p>Whitespace around the whole text and around each line is ignored (Healthchecks strips it;
 * systemd would reject it). Inside a line the syntax is exactly systemd's.
 */
public final class OnCalendarExpression {
    private static final int USEC = CalendarSpec.USEC_PER_SEC;

    private final String expression;
    private final List<CalendarSpec> specs;

    private OnCalendarExpression(String expression, List<CalendarSpec> specs) {
        this.expression = expression;
        this.specs = specs;
    }

    /** Parses one or more OnCalendar expressions separated by newlines (as Healthchecks accepts; the earliest next time wins); throws InvalidScheduleException with a clear message. */
    public static OnCalendarExpression parse(String expression) {
        String trimmed = expression.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidScheduleException("Invalid OnCalendar expression: it is empty");
        }
        List<CalendarSpec> specs = new ArrayList<>();
        for (String line : trimmed.split("\n", -1)) {
            String spec = line.strip();
            if (spec.isEmpty()) {
                throw new InvalidScheduleException(
                        "Invalid OnCalendar expression: empty line in '" + trimmed + "'");
            }
            specs.add(CalendarSpecParser.parse(spec));
        }
        return new OnCalendarExpression(expression, List.copyOf(specs));
    }

    /** The first elapse strictly after `after`. Expressions without their own time zone are evaluated in after's zone; an expression that names a zone (`... Europe/Riga`, `... UTC`) uses that zone. Result is in after's zone. Empty when there is none (e.g. `2019-01-01` after 2020). */
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime after) {
        Instant instant = after.toInstant();
        // systemd counts in microseconds; below that, "after" rounds down (results stay strictly later).
        long usec = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), USEC), instant.getNano() / 1000);
        OptionalLong best = OptionalLong.empty();
        for (CalendarSpec spec : specs) {
            OptionalLong next = NextElapse.after(spec, libcFor(spec, after), usec);
            if (next.isPresent() && (best.isEmpty() || next.getAsLong() < best.getAsLong())) {
                best = next;
            }
        }
        if (best.isEmpty()) {
            return Optional.empty();
        }
        long us = best.getAsLong();
        Instant next = Instant.ofEpochSecond(Math.floorDiv(us, USEC), Math.floorMod(us, USEC) * 1000L);
        return Optional.of(next.atZone(after.getZone()));
    }

    public String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression;
    }

    private static LibcTime libcFor(CalendarSpec spec, ZonedDateTime after) {
        return switch (spec.zone()) {
            case SpecZone.Local l -> new LibcTime(after.getZone());
            case SpecZone.Utc u -> LibcTime.utc();
            case SpecZone.Named n -> new LibcTime(n.zone());
        };
    }
}
