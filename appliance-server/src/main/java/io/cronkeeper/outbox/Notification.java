package io.cronkeeper.outbox;

/** A queued alert for one channel: a row of the {@code notification} outbox. */
public record Notification(long id, long flipId, long channelId, long checkId, String kind, long due, String state,
                           int attempts, Long nextAttempt, long created, Long finished) {
}
