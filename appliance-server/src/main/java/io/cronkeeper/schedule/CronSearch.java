package io.cronkeeper.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.function.ToIntFunction;

/**
 * One step of cronsim's iterator: tick one second, then roll month, day, hour, minute and second
 * forward until all match, starting over from the month whenever a field had to move. The rolls
 * keep cronsim's exact stopping points (a minute roll stops at the top of the hour, an hour roll
 * at midnight, a day roll at the first of the month) because under DST those points decide the
 * result; between them it jumps with bitsets instead of ticking one unit at a time.
 */
final class CronSearch {

    /** cronsim gives up when the search passes 50 years after the start year. */
    static final int HORIZON_YEARS = 50;

    /**
     * A 50-year search restarts from the month a few times per month at most, so this many
     * restarts means cronsim's loop has become a cycle (it can, in zones whose clocks fall back
     * across midnight, such as America/St_Johns before 2011; cronsim itself never returns there).
     */
    static final int MAX_RESTARTS = 5_000;

    /** How one cronsim step ended. */
    sealed interface Outcome {
        record Found(ZonedDateTime time) implements Outcome {
        }

        /** No match within the horizon. */
        record None() implements Outcome {
        }

        /** The search went round in a circle. */
        record Stuck() implements Outcome {
        }
    }

    private final CronExpression cron;
    private final CronCursor cursor;

    private CronSearch(CronExpression cron, CronCursor cursor) {
        this.cron = cron;
        this.cursor = cursor;
    }

    static Outcome step(CronExpression cron, ZonedDateTime after) {
        var search = new CronSearch(cron, new CronCursor(after, cron.fixedTime()));
        return search.run();
    }

    /** Whether {@code step} ticks through UTC for this expression and zone (see {@link CronCursor}). */
    static boolean ticksThroughUtc(CronExpression cron, ZonedDateTime after) {
        return new CronCursor(after, cron.fixedTime()).throughUtc();
    }

    private Outcome run() {
        cursor.tick(1);
        int startYear = cursor.wall().getYear();
        for (int restarts = 0; restarts < MAX_RESTARTS; restarts++) {
            advanceMonth();
            if (cursor.wall().getYear() > startYear + HORIZON_YEARS) {
                return new Outcome.None();
            }
            if (advanceDay() || advanceHour() || advanceMinute() || advanceSecond()) {
                continue;
            }
            return new Outcome.Found(cursor.result());
        }
        return new Outcome.Stuck();
    }

    private void advanceMonth() {
        LocalDate date = cursor.wall().toLocalDate();
        FieldValues months = cron.months();
        if (months.has(date.getMonthValue())) {
            return;
        }
        int next = months.next(date.getMonthValue() + 1, 12);
        cursor.setMidnight(next > 0
                ? LocalDate.of(date.getYear(), next, 1)
                : LocalDate.of(date.getYear() + 1, months.first(), 1));
    }

    private boolean advanceDay() {
        LocalDate date = cursor.wall().toLocalDate();
        DayRule rule = cron.dayRule();
        if (rule.matches(date)) {
            return false;
        }
        int next = rule.nextInMonth(date);
        cursor.setMidnight(next > 0 ? date.withDayOfMonth(next) : date.withDayOfMonth(1).plusMonths(1));
        return true;
    }

    private boolean advanceHour() {
        LocalDateTime wall = cursor.wall();
        if (cron.hours().has(wall.getHour())) {
            return false;
        }
        cursor.setWall(wall.withMinute(0).withSecond(0));
        roll(cron.hours(), 23, 3600, LocalDateTime::getHour);
        return true;
    }

    private boolean advanceMinute() {
        LocalDateTime wall = cursor.wall();
        FieldValues minutes = cron.minutes();
        int minute = wall.getMinute();
        if (minutes.has(minute)) {
            return false;
        }
        cursor.setWall(wall.withSecond(0));
        if (minutes.size() == 1) {
            // cronsim's jump for a single allowed minute: straight there, even into the next hour.
            cursor.tick(Math.floorMod(minutes.first() - minute, 60) * 60L);
        }
        roll(minutes, 59, 60, LocalDateTime::getMinute);
        return true;
    }

    /** The seconds field of a 5-field expression is "0". */
    private boolean advanceSecond() {
        int second = cursor.wall().getSecond();
        if (second == 0) {
            return false;
        }
        cursor.tick(60 - second);
        while (cursor.wall().getSecond() != 0) {
            cursor.tick(1);
        }
        return true;
    }

    /**
     * Ticks {@code unit} seconds at a time until the field matches or wraps to 0. When no offset
     * change lies on the way, the stopping point is known from the bitset and reached in one tick.
     */
    private void roll(FieldValues allowed, int max, long unit, ToIntFunction<LocalDateTime> field) {
        int value = field.applyAsInt(cursor.wall());
        if (allowed.has(value)) {
            return;
        }
        int next = allowed.next(value + 1, max);
        long steps = next >= 0 ? next - value : max + 1 - value;
        if (cursor.smooth(steps * unit)) {
            cursor.tick(steps * unit);
            return;
        }
        do {
            cursor.tick(unit);
            value = field.applyAsInt(cursor.wall());
        } while (!allowed.has(value) && value != 0);
    }
}
