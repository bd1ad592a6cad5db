package io.cronkeeper.schedule;

/** A cron or OnCalendar expression that cannot be parsed; the message says what is wrong. */
public final class InvalidScheduleException extends RuntimeException {
    public InvalidScheduleException(String message) {
        super(message, null, false, false);
    }
}
