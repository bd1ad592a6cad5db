package io.cronkeeper.ping;

import java.util.Optional;

/**
 * A ping as received, before its check is known.
 *
 * @param action the route's action: success, start, fail or log
 * @param exitStatus the exit status in the URL; {@link #NO_EXIT_STATUS} when none, and
 *                   {@link #EXIT_OUT_OF_RANGE} for any value above 255
 * @param rid the raw {@code rid} query value, present even when empty
 */
public record PingRequest(PingTarget target, PingKind action, int exitStatus, Optional<String> rid,
                          String method, Optional<String> remoteAddr, String scheme, String userAgent,
                          byte[] body) {
    public static final int NO_EXIT_STATUS = -1;
    public static final int EXIT_OUT_OF_RANGE = 256;
}
