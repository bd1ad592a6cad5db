package io.cronkeeper.hcimport;

/**
 * Why an import from Healthchecks stopped, in one line for the user. Thrown before anything is
 * written, or from inside the one transaction, so nothing is ever half-imported.
 */
public final class HcImportException extends RuntimeException {
    /** Whose move it is: the admin API answers 400, 502, 409 and 422 for them. */
    public enum Reason {
        /** The URL, the key or an option given. */
        INPUT,
        /** The instance could not be reached or answered something unusable. */
        REMOTE,
        /** What is here already stands in the way. */
        CONFLICT,
        /** Healthchecks holds something Cronkeeper cannot follow (a schedule, a time zone). */
        UNSUPPORTED
    }

    private final Reason reason;

    HcImportException(String message) {
        this(Reason.REMOTE, message);
    }

    HcImportException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
