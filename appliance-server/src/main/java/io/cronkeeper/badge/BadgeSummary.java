package io.cronkeeper.badge;

import io.cronkeeper.check.CheckStatus;
import java.util.List;

/** The badge status and the counts its JSON form reports. */
record BadgeSummary(BadgeStatus status, int total, int grace, int down) {

    /**
     * New, paused and running checks count as up; any down check makes the badge down; a check in
     * its grace period makes it late, but only on a 3-state badge. Grace checks are counted either way.
     */
    static BadgeSummary of(List<CheckStatus> statuses, boolean threeState) {
        int grace = 0;
        int down = 0;
        for (CheckStatus s : statuses) {
            switch (s) {
                case DOWN -> down++;
                case GRACE -> grace++;
                case NEW, UP, PAUSED, STARTED -> {
                }
            }
        }
        BadgeStatus status = down > 0 ? BadgeStatus.DOWN
            : grace > 0 && threeState ? BadgeStatus.LATE : BadgeStatus.UP;
        return new BadgeSummary(status, statuses.size(), grace, down);
    }
}
