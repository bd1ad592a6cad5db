package io.cronkeeper.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The moving point of a search, kept the way cronsim keeps its {@code datetime}: a wall-clock time
 * plus PEP 495's {@code fold}, which picks the offset before (false) or after (true) a transition
 * when the wall time is ambiguous or falls into a gap. cronsim sets fields such as "minute 0" or
 * "midnight" on the wall clock even when that wall time does not exist, so a
 * {@link ZonedDateTime}, which would resolve it at once, cannot stand in for it.
 *
 * <p>Two ways to move, as in cronsim: jobs that run at a fixed time (neither minute nor hour
 * starts with {@code *}) search in naive local time and are placed in the zone at the end (Debian
 * cron's DST rule); other jobs tick through UTC, so they see the skipped hour vanish and the
 * repeated hour twice. In zones without DST both ways give the same results, so those zones
 * always take the cheaper naive path.
 */
final class CronCursor {

    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean throughUtc;
    private LocalDateTime wall;
    private boolean fold;

    CronCursor(ZonedDateTime start, boolean fixedTime) {
        this.zone = start.getZone();
        this.rules = zone.getRules();
        this.throughUtc = !fixedTime && !rules.isFixedOffset();
        this.wall = start.toLocalDateTime().withNano(0);
        this.fold = throughUtc && isLater(start);
    }

    boolean throughUtc() {
        return throughUtc;
    }

    LocalDateTime wall() {
        return wall;
    }

    /** Sets wall-clock fields, keeping fold, like {@code datetime.replace}. */
    void setWall(LocalDateTime newWall) {
        wall = newWall;
    }

    /** Midnight of {@code date} with fold 0, like {@code datetime.combine(date, time())}. */
    void setMidnight(LocalDate date) {
        wall = date.atStartOfDay();
        fold = false;
    }

    void tick(long seconds) {
        if (throughUtc) {
            moveTo(instant().plusSeconds(seconds));
        } else {
            wall = wall.plusSeconds(seconds);
        }
    }

    /**
     * Whether ticking {@code seconds} ahead moves the wall clock by exactly that much, with no
     * offset change on the way: then a run of small ticks can be replaced by one jump.
     */
    boolean smooth(long seconds) {
        if (!throughUtc) {
            return true;
        }
        Instant now = instant();
        if (!LocalDateTime.ofInstant(now, zone).equals(wall)) {
            return false;
        }
        ZoneOffsetTransition next = rules.nextTransition(now);
        return next == null || next.getInstant().isAfter(now.plusSeconds(seconds));
    }

    /** The search result in the zone; naive results in a DST gap move to the gap's first valid minute. */
    ZonedDateTime result() {
        if (throughUtc) {
            return instant().atZone(zone);
        }
        while (rules.getValidOffsets(wall).isEmpty()) {
            wall = wall.plusMinutes(1);
        }
        return ZonedDateTime.ofLocal(wall, zone, null);
    }

    private Instant instant() {
        ZoneOffsetTransition transition = rules.getTransition(wall);
        if (transition == null) {
            return wall.toInstant(rules.getOffset(wall));
        }
        return wall.toInstant(fold ? transition.getOffsetAfter() : transition.getOffsetBefore());
    }

    private void moveTo(Instant instant) {
        ZonedDateTime time = instant.atZone(zone);
        wall = time.toLocalDateTime();
        fold = isLater(time);
    }

    /** Whether {@code time} is the second pass through an ambiguous wall time. */
    private boolean isLater(ZonedDateTime time) {
        ZoneOffsetTransition transition = rules.getTransition(time.toLocalDateTime());
        return transition != null && transition.isOverlap()
                && time.getOffset().equals(transition.getOffsetAfter());
    }
}
