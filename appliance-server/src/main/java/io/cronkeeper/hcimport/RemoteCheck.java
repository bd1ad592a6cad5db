package io.cronkeeper.hcimport;

import io.cronkeeper.check.Schedule;
import java.util.List;

/** A check as the Healthchecks Management API showed it to a read-write key. */
record RemoteCheck(String uuid, String name, String slug, String tags, String desc, Schedule schedule, int grace,
                   String methods, boolean manualResume, Keywords keywords, boolean paused, List<String> channelIds,
                   long nPings) {

    /** Keyword filters: v3 shows them all, v2 only {@code subject}/{@code subject_fail}, v1 none. */
    record Keywords(String startKw, String successKw, String failureKw, boolean filterSubject, boolean filterBody,
                    boolean filterHttpBody, boolean filterDefaultFail) {
        static final Keywords NONE = new Keywords("", "", "", false, false, false, false);
    }
}
