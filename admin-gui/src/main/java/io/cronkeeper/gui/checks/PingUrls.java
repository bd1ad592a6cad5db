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

    /**
     * The job's path in every snippet, for the user to replace (and for the snippet test to
     * replace with a real job).
     */
    public static final String JOB = "/path/to/job.sh";
    private static final String CURL = "curl -fsS -m 10 --retry 5";
    /** The tail of the output that is sent: the server's default ping body limit. */
    private static final int OUTPUT_BYTES = 10_000;

    private PingUrls() {
    }

    public static String byUuid(Check check, Signal signal) {
        return check.pingUrl() + signal.suffix();
    }

    public static Optional<String> bySlug(Check check, Signal signal) {
        return check.pingUrlSlug().map(u -> u + signal.suffix());
    }

    /** A line to paste, named by {@code id} for the view's controls and the tests. */
    public record Snippet(String id, String label, String text) {
    }

    /**
     * Every line the app offers to paste, each a POSIX shell line (bash, dash and so cron's
     * {@code /bin/sh}). Each reads the job's exit status right after the job, before anything
     * else can reset {@code $?}, and reports it in the URL, so a failed job pings {@code /3},
     * never success. When curl is missing or the server cannot be reached, the shell says so
     * on stderr (cron mails it) and no ping arrives, so the check goes down after its grace.
     */
    public static List<Snippet> snippets(Check check) {
        return List.of(
            new Snippet("curl", "curl", curl(check)),
            new Snippet("curlOutput", "with output", curlWithOutput(check)),
            new Snippet("crontab", "crontab", crontab(check)));
    }

    /** Runs the job, then reports its exit status: success for 0, failure otherwise. */
    public static String curl(Check check) {
        return JOB + "; " + CURL + " -o /dev/null " + check.pingUrl() + "/$?";
    }

    /**
     * Also sends the last 10 kB of the job's output (stdout and stderr) as the ping body. If the
     * ping cannot be sent, the output goes to stderr instead of being lost. In a crontab, each
     * {@code %} must be written {@code \%}.
     */
    public static String curlWithOutput(Check check) {
        return "m=$(" + JOB + " 2>&1); rc=$?; printf '%s' \"$m\" | tail -c " + OUTPUT_BYTES + " | " + CURL
            + " --data-binary @- -o /dev/null " + check.pingUrl() + "/$rc || printf '%s\\n' \"$m\" >&2";
    }

    public static String crontab(Check check) {
        return cronFields(check.schedule()) + " " + curl(check);
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
