package io.cronkeeper.schedule;

import static io.cronkeeper.schedule.CronField.DAY_OF_MONTH;
import static io.cronkeeper.schedule.CronField.DAY_OF_WEEK;

/**
 * Parses one field the way cronsim's {@code Field.parse} does, branch for branch and in the same
 * order, because the order decides what is accepted: {@code 5L/3} is rejected by the day-of-week
 * {@code L} branch before any step is looked at, {@code L/2} is the same as {@code L}, and
 * {@code 5-5/2} counts as a single start value, so it means 5, 7, 9, ...
 */
final class FieldParser {

    private final CronField field;
    private final String token;

    private FieldParser(CronField field, String token) {
        this.field = field;
        this.token = token;
    }

    /** Parses {@code token} (as the user wrote it) for {@code field}; throws on anything cronsim rejects. */
    static FieldValues parse(CronField field, String token) {
        var parser = new FieldParser(field, token);
        return parser.items(CronText.upperCase(token));
    }

    private FieldValues items(String s) {
        if (s.equals("*")) {
            return FieldValues.range(field.min(), field.max(), 1);
        }
        if (s.contains(",")) {
            FieldValues all = FieldValues.of();
            for (String term : s.split(",", -1)) {
                all = all.union(items(term));
            }
            return all;
        }
        if (field == DAY_OF_WEEK && s.contains("L")) {
            return FieldValues.lastOf(numberOrName(digitsOnly(s.substring(0, s.length() - 1))));
        }
        if (field == DAY_OF_WEEK && s.contains("#")) {
            int hash = s.indexOf('#');
            long nth = digits(s.substring(hash + 1));
            if (nth < 1 || nth > 5) {
                throw bad();
            }
            return FieldValues.nth(numberOrName(s.substring(0, hash)), (int) nth);
        }
        if (s.contains("/")) {
            return stepped(s);
        }
        if (s.contains("-")) {
            int dash = s.indexOf('-');
            int start = numberOrName(s.substring(0, dash));
            int end = numberOrName(s.substring(dash + 1));
            if (end < start) {
                throw bad();
            }
            return FieldValues.range(start, end, 1);
        }
        if (field == DAY_OF_MONTH && s.equals("LW")) {
            return FieldValues.LAST_WEEKDAY;
        }
        if (field == DAY_OF_MONTH && s.equals("L")) {
            return FieldValues.LAST;
        }
        return FieldValues.of(numberOrName(s));
    }

    private FieldValues stepped(String s) {
        int slash = s.indexOf('/');
        long step = digits(s.substring(slash + 1));
        if (step == 0) {
            throw bad();
        }
        FieldValues items = items(s.substring(0, slash));
        if (items.equals(FieldValues.LAST) || items.equals(FieldValues.LAST_WEEKDAY)) {
            return items;
        }
        int stride = (int) Math.min(step, field.max() + 1);
        if (items.size() == 1) {
            // A single value is a start: "5/15" and also "5-5/15" run to the end of the range.
            return FieldValues.range(items.first(), field.max(), stride);
        }
        long kept = 0;
        int index = 0;
        for (int v = items.first(); v >= 0; v = items.next(v + 1, field.max())) {
            if (index++ % stride == 0) {
                kept |= 1L << v;
            }
        }
        return new FieldValues(kept, false, false, 0, 0);
    }

    /** A symbolic name where the field has names, else a number within the field's range. */
    private int numberOrName(String s) {
        int named = field.symbolic(s);
        if (named >= 0) {
            return named;
        }
        long value = digits(s);
        if (value < field.min() || value > field.max()) {
            throw bad();
        }
        return (int) value;
    }

    /** Day-of-week {@code nL} needs plain digits before the last character, never a name. */
    private String digitsOnly(String s) {
        digits(s);
        return s;
    }

    /** A non-empty run of ASCII digits; larger numbers than any field allows saturate. */
    private long digits(String s) {
        if (s.isEmpty()) {
            throw bad();
        }
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                throw bad();
            }
            value = Math.min(value * 10 + (ch - '0'), Integer.MAX_VALUE);
        }
        return value;
    }

    private InvalidScheduleException bad() {
        return new InvalidScheduleException("Bad " + field.label() + ": \"" + token + "\"");
    }
}
