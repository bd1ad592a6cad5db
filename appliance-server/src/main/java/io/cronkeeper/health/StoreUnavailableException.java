package io.cronkeeper.health;

/**
 * The database cannot write now (a full disk, an I/O error) or the server is stopping: nothing of
 * the request was stored, and the client should try again later ({@code 503} with
 * {@code Retry-After}).
 */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
