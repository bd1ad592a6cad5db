package io.cronkeeper.store;

/** The configured database could not be reached at start: the message names it and says why. */
public final class DatabaseUnreachableException extends RuntimeException {
    DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
