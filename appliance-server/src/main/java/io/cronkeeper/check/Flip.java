package io.cronkeeper.check;

/** A status change of a check; {@code processed} is set once alerts for it were handled. */
public record Flip(long id, long checkId, long created, String oldStatus, String newStatus, String reason,
                   Long processed) {
}
