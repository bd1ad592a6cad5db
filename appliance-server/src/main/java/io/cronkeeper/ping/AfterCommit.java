package io.cronkeeper.ping;

import io.cronkeeper.events.Event;
import io.cronkeeper.events.EventBus;
import io.cronkeeper.monitor.Wakeups;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/** What follows a committed batch of pings, before it is answered: wake the loops, tell the live stream. */
final class AfterCommit {
    private static final System.Logger LOG = System.getLogger(AfterCommit.class.getName());

    private final EventBus events;
    private final Wakeups wakeups;

    AfterCommit(EventBus events, Wakeups wakeups) {
        this.events = events;
        this.wakeups = wakeups;
    }

    void run(List<PingEvents.Recorded> recorded) {
        wakeLoops(recorded);
        announce(recorded);
    }

    /** A ping can bring a deadline closer (a start) or queue alerts (a flip). */
    private void wakeLoops(List<PingEvents.Recorded> recorded) {
        long earliest = Long.MAX_VALUE;
        boolean flipped = false;
        for (PingEvents.Recorded r : recorded) {
            if (r.after().alertAfter() != null) {
                earliest = Math.min(earliest, r.after().alertAfter());
            }
            if (r.after().nextNag() != null) {
                earliest = Math.min(earliest, r.after().nextNag());
            }
            flipped |= r.flip().isPresent();
        }
        if (earliest != Long.MAX_VALUE) {
            wakeups.deadline(earliest);
        }
        if (flipped) {
            wakeups.alertsQueued();
        }
    }

    /** Live updates for the desktop app; nothing is built while nobody listens. */
    private void announce(List<PingEvents.Recorded> recorded) {
        if (!events.wanted()) {
            return;
        }
        try {
            List<Event> out = new ArrayList<>(recorded.size() * 2);
            recorded.forEach(r -> r.addEventsTo(out));
            out.forEach(events::publish);
        } catch (RuntimeException e) {
            // The pings are stored: a failed announcement must not turn their answers into errors.
            LOG.log(Level.WARNING, "could not announce pings to the live event stream", e);
        }
    }
}
