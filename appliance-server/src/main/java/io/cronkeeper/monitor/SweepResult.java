package io.cronkeeper.monitor;

/** What one monitor pass did: checks looked at, checks that went down, alerts queued, time taken. */
public record SweepResult(int examined, int wentDown, int alertsQueued, long nanos) {
}
