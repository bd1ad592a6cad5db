package io.cronkeeper.config;

import java.time.Duration;

/**
 * How long the server waits for slow clients, and how many connections it holds at once.
 *
 * @param headTimeout    a request head must be whole within this (else {@code 408}, then close)
 * @param bodyTimeout    a request body may pause at most this long between bytes
 * @param idleTimeout    a kept-alive connection with no next request closes after this
 * @param maxConnections connections beyond this are not accepted until others close
 */
public record HttpLimits(Duration headTimeout, Duration bodyTimeout, Duration idleTimeout, int maxConnections) {
    public static final HttpLimits DEFAULTS = new HttpLimits(Duration.ofSeconds(20), Duration.ofSeconds(30),
        Duration.ofSeconds(60), 4096);
}
