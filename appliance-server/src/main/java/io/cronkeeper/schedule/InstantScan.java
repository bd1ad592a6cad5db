package io.cronkeeper.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * The plain meaning of a cron expression: the first instant after a moment whose wall-clock time
 * in the zone matches. Used only where cronsim's own search cannot answer (it would loop forever,
 * or name a time that is not after the moment). Between two offset changes the wall clock runs
 * evenly, so each such stretch is searched as naive local time.
 */
final class InstantScan {

    private InstantScan() {
    }

    static Optional<ZonedDateTime> next(CronExpression cron, ZonedDateTime after) {
        ZoneRules rules = after.getZone().getRules();
        int lastYear = after.plusSeconds(1).getYear() + CronSearch.HORIZON_YEARS;
        Instant from = after.toInstant().truncatedTo(ChronoUnit.SECONDS);
        boolean includeFrom = false;
        while (true) {
            ZoneOffset offset = rules.getOffset(from);
            LocalDateTime wall = LocalDateTime.ofEpochSecond(from.getEpochSecond(), 0, offset);
            // A naive search finds matches strictly after its start; one second earlier includes it.
            var naive = CronSearch.step(cron, (includeFrom ? wall.minusSeconds(1) : wall).atZone(ZoneOffset.UTC));
            if (!(naive instanceof CronSearch.Outcome.Found(ZonedDateTime found))
                    || found.getYear() > lastYear) {
                return Optional.empty();
            }
            Instant at = found.toLocalDateTime().toInstant(offset);
            ZoneOffsetTransition change = rules.nextTransition(from);
            if (change == null || at.isBefore(change.getInstant())) {
                return Optional.of(at.atZone(after.getZone()));
            }
            from = change.getInstant();
            includeFrom = true;
        }
    }
}
