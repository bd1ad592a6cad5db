package io.cronkeeper.ping;

import io.cronkeeper.check.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The check rows a batch changed, each written once just before the batch commits. A busy
 * check is pinged several times per batch; one UPDATE of its final state stores the same as
 * one per ping, because nothing in the batch reads the row back (the writer reads checks from
 * its {@link CheckCache}) and nothing outside sees it before the commit.
 */
final class CheckWrites {
    /**
     * @param storedNextNag    the row's {@code next_nag} before the batch: only a change needs a write
     * @param storedAlertAfter the row's {@code alert_after} before the batch, an upper bound of its
     *                         {@code sweep_at}
     */
    private record Change(Check after, Long storedNextNag, Long storedAlertAfter) {
        boolean nagChanged() {
            return !Objects.equals(storedNextNag, after.nextNag());
        }

        /**
         * Whether {@code sweep_at} must come down to the new deadline (migration V4): only when the
         * deadline is new or earlier. A later one, nearly every ping, leaves that index alone.
         */
        boolean sweepLowered() {
            Long deadline = after.alertAfter();
            return deadline != null && (storedAlertAfter == null || deadline < storedAlertAfter);
        }
    }

    private final Map<Long, Change> changed = new LinkedHashMap<>();

    /** @param before the check as this batch last saw it; its first {@code before} is the stored row */
    void changed(Check before, Check after) {
        Change earlier = changed.get(after.id());
        Change change = earlier == null ? new Change(after, before.nextNag(), before.alertAfter())
            : new Change(after, earlier.storedNextNag(), earlier.storedAlertAfter());
        changed.put(after.id(), change);
    }

    /** Writes each changed row once, in the order the batch first changed them. */
    void writeTo(RowWriter rows) {
        for (Change c : changed.values()) {
            rows.update(c.after(), c.nagChanged(), c.sweepLowered());
        }
        changed.clear();
    }

    /** {@link HotStatements#updatePingState}. */
    interface RowWriter {
        void update(Check after, boolean nagChanged, boolean sweepLowered);
    }

    /** The batch rolled back: none of it is to be written. */
    void discard() {
        changed.clear();
    }
}
