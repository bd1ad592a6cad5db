package io.cronkeeper.http;

import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Log lines about failed requests. A client's fault is one WARN line with no stack trace, and a
 * flood of them (a scanner, a broken sketch in a loop) is cut to {@value #BURST} lines a minute;
 * the server's own faults keep their traces. Paths never carry their secrets into the journal:
 * ping keys, check UUIDs, badge keys and tokens are long path segments and are replaced.
 */
public final class RequestLog {
    static final int BURST = 20;
    private static final long WINDOW = TimeUnit.MINUTES.toNanos(1);
    private static final Pattern SECRET_SEGMENT = Pattern.compile("(?<=/)[A-Za-z0-9_\\-.%]{16,}(?=/|$)");
    private static final System.Logger LOG = System.getLogger(RequestLog.class.getName());

    private final LongSupplier nanos;
    private long windowStart;
    private int inWindow;
    private int suppressed;

    /** @param nanos a monotonic clock; {@code System::nanoTime} outside tests */
    public RequestLog(LongSupplier nanos) {
        this.nanos = nanos;
        this.windowStart = nanos.getAsLong();
    }

    /** The path as it may be logged: no query, no secret segments, no control characters. */
    public static String redact(String path) {
        if (path == null) {
            return "-";
        }
        int q = path.indexOf('?');
        String p = q < 0 ? path : path.substring(0, q);
        p = p.replaceAll("[\\x00-\\x20\\x7f]", "?");
        if (p.length() > 200) {
            p = p.substring(0, 200) + "...";
        }
        return SECRET_SEGMENT.matcher(p).replaceAll("<redacted>");
    }

    public void clientFault(int status, String method, String path, String reason) {
        String line;
        synchronized (this) {
            long now = nanos.getAsLong();
            if (now - windowStart >= WINDOW) {
                windowStart = now;
                inWindow = 0;
            }
            if (++inWindow > BURST) {
                suppressed++;
                return;
            }
            line = "client error " + status + ": " + method(method) + " " + redact(path) + ": " + reason
                + (suppressed > 0 ? " (" + suppressed + " similar lines suppressed)" : "");
            suppressed = 0;
        }
        LOG.log(Level.WARNING, line);
    }

    public void serverFault(int status, String method, String path, String reason) {
        LOG.log(Level.ERROR, "server error " + status + ": " + method(method) + " " + redact(path) + ": " + reason);
    }

    private static String method(String m) {
        return m == null || m.isEmpty() ? "-" : m.replaceAll("[^A-Za-z_-]", "?");
    }
}
