package io.cronkeeper.schedule;

/**
 * The set of items one cron field allows, as bitsets. Besides plain numbers, day-of-month may
 * hold {@code L} (last day) and {@code LW} (last weekday), and day-of-week may hold {@code nL}
 * (last such weekday of the month) and {@code n#k} (k-th such weekday). Day-of-week keeps 7 and 0
 * apart, as cronsim does; matching treats both as Sunday.
 *
 * @param values      bit v set when the plain number v is allowed
 * @param last        day-of-month {@code L}
 * @param lastWeekday day-of-month {@code LW}
 * @param lastDows    bit d set for day-of-week {@code dL}
 * @param nthDows     bit {@code d * 8 + k} set for day-of-week {@code d#k}
 */
record FieldValues(long values, boolean last, boolean lastWeekday, long lastDows, long nthDows) {

    static final FieldValues LAST = new FieldValues(0, true, false, 0, 0);
    static final FieldValues LAST_WEEKDAY = new FieldValues(0, false, true, 0, 0);

    static FieldValues of(int... numbers) {
        long bits = 0;
        for (int n : numbers) {
            bits |= 1L << n;
        }
        return new FieldValues(bits, false, false, 0, 0);
    }

    /** Every {@code step}-th number from {@code from} to {@code to}, both included. */
    static FieldValues range(int from, int to, int step) {
        long bits = 0;
        for (int n = from; n <= to; n += step) {
            bits |= 1L << n;
        }
        return new FieldValues(bits, false, false, 0, 0);
    }

    static FieldValues lastOf(int dow) {
        return new FieldValues(0, false, false, 1L << dow, 0);
    }

    static FieldValues nth(int dow, int k) {
        return new FieldValues(0, false, false, 0, 1L << (dow * 8 + k));
    }

    FieldValues union(FieldValues other) {
        return new FieldValues(values | other.values, last || other.last,
                lastWeekday || other.lastWeekday, lastDows | other.lastDows, nthDows | other.nthDows);
    }

    /** How many items the set holds (cronsim's {@code len(items)}). */
    int size() {
        return Long.bitCount(values) + (last ? 1 : 0) + (lastWeekday ? 1 : 0)
                + Long.bitCount(lastDows) + Long.bitCount(nthDows);
    }

    boolean has(int value) {
        return (values >>> value & 1) != 0;
    }

    /** The smallest plain number at least {@code from} and at most {@code max}, or -1. */
    int next(int from, int max) {
        if (from > max) {
            return -1;
        }
        long candidates = values >>> from << from;
        int found = Long.numberOfTrailingZeros(candidates);
        return found <= max ? found : -1;
    }

    int first() {
        return Long.numberOfTrailingZeros(values);
    }

    /** Only plain numbers: what a step may be applied to. */
    boolean plain() {
        return !last && !lastWeekday && lastDows == 0 && nthDows == 0;
    }
}
