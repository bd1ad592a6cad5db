package io.cronkeeper.gui.client;

import java.util.Optional;

/**
 * A Management API key as listed: only its prefix is known. {@code secret} is present once, in
 * the answer that created it.
 */
public record ApiKey(long id, String name, boolean readOnly, String prefix, String created, Optional<String> secret) {
}
