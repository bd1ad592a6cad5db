package io.cronkeeper.gui.checks;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.Schedule;
import java.util.List;
import java.util.Optional;

/**
 * The URLs a job pings, in both forms (by UUID, and by project ping key and slug), and lines
 * ready to paste into a script or a crontab.
 */
public final class PingUrls {
    /** One kind of signal: its suffix after the check's URL. */
    public record Signal(String id, String label, String suffix) {
    }

    public static final List<Signal> SIGNALS = List.of(
        new Signal("success", "Success", ""),
        new Signal("start", "Start", "/start"),
        new Signal("fail", "Failure", "/fail"),
        new Signal("exit", "Exit status", "/$?"),
        new Signal("log", "Log", "/log"));

    private PingUrls() {
    }

    public static String byUuid(Check check, Signal signal) {
        return check.pingUrl() + signal.suffix();
    }

    public static Optional<String> bySlug(Check check, Signal signal) {
        return check.pingUrlSlug().map(u -> u + signal.suffix());
    }

    /** The line a cron job ends with: success only when the job succeeded. */
    public static String curl(Check check) {
        return "curl -fsS -m 10 --retry 5 -o /dev/null " + check.pingUrl();
    }

    /** Reports the job's exit status and the last 10 kB of its output, as the server stores them. */
    public static String curlWithOutput(Check check) {
        return "m=$(/path/to/job.sh 2>&1); curl -fsS -m 10 --retry 5 --data-raw \"$(printf '%s' \"$m\" | tail -c 10000)\" "
            + check.pingUrl() + "/$?";
    }

    public static String crontab(Check check) {
        return cronFields(check.schedule()) + " /path/to/job.sh && " + curl(check);
    }

    /** A cron line that fits the schedule: the check's own expression, or one every period. */
    static String cronFields(Schedule schedule) {
        return switch (schedule) {
            case Schedule.Cron c -> c.expression();
            case Schedule.OnCalendar o -> "0 3 * * *";
            case Schedule.Period p -> everyPeriod(p.timeoutSeconds());
        };
    }

    private static String everyPeriod(long seconds) {
        long minutes = seconds / 60;
        if (minutes >= 1 && minutes < 60 && 60 % minutes == 0) {
            return minutes == 1 ? "* * * * *" : "*/" + minutes + " * * * *";
        }
        long hours = minutes / 60;
        if (minutes % 60 == 0 && hours >= 1 && hours < 24 && 24 % hours == 0) {
            return hours == 1 ? "0 * * * *" : "0 */" + hours + " * * *";
        }
        if (seconds == 7 * 86400) {
            return "0 3 * * 1";
        }
        return "0 3 * * *";
    }
}
