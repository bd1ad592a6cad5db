package io.cronkeeper.gui.client;

/** A ping's stored body, byte for byte; {@code utf8} when the server found it valid UTF-8. */
public record PingBody(byte[] bytes, boolean utf8) {
}
