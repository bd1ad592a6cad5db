package io.cronkeeper.config;

/** A configuration value that cannot be used; the message names the setting and says why. */
public final class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
