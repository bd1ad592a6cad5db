package io.cronkeeper.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Reads cronsim's sequence of fire times so that the answer is always strictly after the given
 * moment and always arrives. cronsim can fall short of both in DST overlaps: a fixed-time job
 * searched from the repeated hour's second pass yields a time in the first pass (the job already
 * ran then, so the next one in its sequence is the answer), and in zones whose clocks fall back
 * across midnight its search can circle or step back in time (the plain instant scan answers).
 */
final class FireTimes {

    private FireTimes() {
    }

    static Optional<ZonedDateTime> firstAfter(CronExpression cron, ZonedDateTime after) {
        Instant moment = after.toInstant();
        ZonedDateTime from = after;
        while (true) {
            switch (CronSearch.step(cron, from)) {
                case CronSearch.Outcome.Found(ZonedDateTime time) when time.toInstant().isAfter(moment) -> {
                    return Optional.of(time);
                }
                case CronSearch.Outcome.Found(ZonedDateTime time) -> {
                    if (CronSearch.ticksThroughUtc(cron, after)) {
                        return InstantScan.next(cron, after);
                    }
                    from = time;
                }
                case CronSearch.Outcome.None none -> {
                    return Optional.empty();
                }
                case CronSearch.Outcome.Stuck stuck -> {
                    return InstantScan.next(cron, after);
                }
            }
        }
    }
}
