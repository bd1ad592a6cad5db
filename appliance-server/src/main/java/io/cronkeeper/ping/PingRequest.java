package io.cronkeeper.ping;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A ping as received, before its check is known.
 *
 * @param action the route's action: success, start, fail or log
 * @param exitStatus the exit status in the URL; {@link #NO_EXIT_STATUS} when none, and
 *                   {@link #EXIT_OUT_OF_RANGE} for any value above 255
 * @param rid the raw {@code rid} query value, present even when empty
 * @param body the first bytes of the body, up to the ping body limit
 * @param bodyReceived the body's whole size as received
 * @param mentionsConfirm whether the body says "confirm" in any case (Healthchecks' {@code
 *                        has_confirmation_link}); worked out on the request's thread, not the writer's
 */
public record PingRequest(PingTarget target, PingKind action, int exitStatus, Optional<String> rid,
                          String method, Optional<String> remoteAddr, String scheme, String userAgent,
                          byte[] body, long bodyReceived, boolean mentionsConfirm) {
    public static final int NO_EXIT_STATUS = -1;
    public static final int EXIT_OUT_OF_RANGE = 256;

    /** Works out {@code mentionsConfirm} from the body, on the caller's (the request's) thread. */
    public PingRequest(PingTarget target, PingKind action, int exitStatus, Optional<String> rid, String method,
                       Optional<String> remoteAddr, String scheme, String userAgent, byte[] body, long bodyReceived) {
        this(target, action, exitStatus, rid, method, remoteAddr, scheme, userAgent, body, bodyReceived,
            mentionsConfirm(body));
    }

    private static boolean mentionsConfirm(byte[] body) {
        return body.length >= 7
            && new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("confirm");
    }
}
