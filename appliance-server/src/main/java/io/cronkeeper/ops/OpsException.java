package io.cronkeeper.ops;

/** An operation refused or failed for a reason the user can act on; the message says which. */
public final class OpsException extends RuntimeException {
    public OpsException(String message) {
        super(message);
    }

    public OpsException(String message, Throwable cause) {
        super(message, cause);
    }
}
