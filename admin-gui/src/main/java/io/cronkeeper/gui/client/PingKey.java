package io.cronkeeper.gui.client;

import java.util.Optional;

/** A project's ping key and the slug-URL base it makes; both empty when the project has none. */
public record PingKey(Optional<String> key, Optional<String> urlBase) {
}
