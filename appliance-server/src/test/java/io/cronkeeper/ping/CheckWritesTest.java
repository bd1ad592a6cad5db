package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.check.AlertOptions;
import io.cronkeeper.check.Check;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A batch writes each changed check row once, with its last state, next_nag only when it moved,
 * and sweep_at only when the deadline came earlier than the stored one.
 */
class CheckWritesTest {
    private record Write(long id, long nPings, Long nextNag, boolean nagChanged, boolean sweepLowered) {
        Write(long id, long nPings, Long nextNag, boolean nagChanged) {
            this(id, nPings, nextNag, nagChanged, false);
        }
    }

    private final List<Write> written = new ArrayList<>();
    private final CheckWrites writes = new CheckWrites();

    private static Check check(long id, long nPings, Long nextNag) {
        return check(id, nPings, nextNag, null);
    }

    private static Check check(long id, long nPings, Long nextNag, Long alertAfter) {
        return new Check(id, "uuid-" + id, 1, "", "", "", "", "simple", 60, 60, "* * * * *", "UTC", "up", "", false,
            false, false, false, false, "", "", "", "badge-" + id, nPings, null, null, null, null, alertAfter, false, 0,
            AlertOptions.DEFAULTS, 0, nextNag);
    }

    private void flush() {
        writes.writeTo((after, nagChanged, sweepLowered) ->
            written.add(new Write(after.id(), after.nPings(), after.nextNag(), nagChanged, sweepLowered)));
    }

    @Test
    void severalPingsOfOneCheckWriteItsLastStateOnce() {
        writes.changed(check(1, 5, null), check(1, 6, null));
        writes.changed(check(1, 6, null), check(1, 7, null));
        writes.changed(check(1, 7, null), check(1, 8, null));
        flush();
        assertThat(written).containsExactly(new Write(1, 8, null, false));
    }

    @Test
    void eachCheckIsWrittenInTheOrderTheBatchFirstChangedIt() {
        writes.changed(check(2, 1, null), check(2, 2, null));
        writes.changed(check(1, 1, null), check(1, 2, null));
        writes.changed(check(2, 2, null), check(2, 3, null));
        flush();
        assertThat(written).extracting(Write::id, Write::nPings).containsExactly(
            Tuple.tuple(2L, 3L), Tuple.tuple(1L, 2L));
    }

    @Test
    void nextNagIsComparedWithTheStoredRowNotTheBatchsLastStep() {
        // Stored with a nag due; the first ping clears it, the second leaves it cleared.
        writes.changed(check(1, 1, 500L), check(1, 2, null));
        writes.changed(check(1, 2, null), check(1, 3, null));
        flush();
        assertThat(written).containsExactly(new Write(1, 3, null, true));
    }

    @Test
    void aNagSetAndClearedWithinTheBatchIsNotWritten() {
        writes.changed(check(1, 1, null), check(1, 2, 900L));
        writes.changed(check(1, 2, 900L), check(1, 3, null));
        flush();
        assertThat(written).containsExactly(new Write(1, 3, null, false));
    }

    @Test
    void aLaterDeadlineLeavesSweepAtAlone() {
        writes.changed(check(1, 1, null, 1000L), check(1, 2, null, 2000L));
        writes.changed(check(1, 2, null, 2000L), check(1, 3, null, 3000L));
        flush();
        assertThat(written).containsExactly(new Write(1, 3, null, false, false));
    }

    @Test
    void aFirstOrEarlierDeadlineLowersSweepAtComparedWithTheStoredRow() {
        writes.changed(check(1, 1, null, null), check(1, 2, null, 2000L));
        writes.changed(check(2, 1, null, 5000L), check(2, 2, null, 9000L));
        writes.changed(check(2, 2, null, 9000L), check(2, 3, null, 4000L));
        writes.changed(check(3, 1, null, 5000L), check(3, 2, null, null));
        flush();
        assertThat(written).extracting(Write::id, Write::sweepLowered).containsExactly(
            Tuple.tuple(1L, true), Tuple.tuple(2L, true), Tuple.tuple(3L, false));
    }

    @Test
    void aFlushStartsTheNextBatchEmptyAndADiscardedBatchWritesNothing() {
        writes.changed(check(1, 1, null), check(1, 2, null));
        flush();
        written.clear();
        flush();
        assertThat(written).isEmpty();

        writes.changed(check(1, 2, null), check(1, 3, null));
        writes.discard();
        flush();
        assertThat(written).isEmpty();
    }
}
