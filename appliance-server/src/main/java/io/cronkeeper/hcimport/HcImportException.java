package io.cronkeeper.hcimport;

/**
 * Why an import from Healthchecks stopped, in one line for the user. Thrown before anything is
 * written, or from inside the one transaction, so nothing is ever half-imported.
 */
public final class HcImportException extends RuntimeException {
    HcImportException(String message) {
        super(message, null, false, false);
    }
}
