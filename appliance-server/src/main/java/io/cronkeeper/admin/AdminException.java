package io.cronkeeper.admin;

/**
 * Errors an admin API client can cause. Unlike v3, whose bodies Healthchecks fixes, every admin
 * error carries a message for the desktop app to show: {@code {"error": "..."}}.
 */
public final class AdminException extends RuntimeException {
    private final int status;

    private AdminException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static AdminException badRequest(String message) {
        return new AdminException(400, message);
    }

    static AdminException unauthorized(String message) {
        return new AdminException(401, message);
    }

    static AdminException notFound(String message) {
        return new AdminException(404, message);
    }

    static AdminException methodNotAllowed(String message) {
        return new AdminException(405, message);
    }

    static AdminException conflict(String message) {
        return new AdminException(409, message);
    }

    static AdminException unprocessable(String message) {
        return new AdminException(422, message);
    }

    /** A server this one called on the user's behalf (e.g. Healthchecks, for an import) failed. */
    static AdminException badGateway(String message) {
        return new AdminException(502, message);
    }

    static AdminException payloadTooLarge(String message) {
        return new AdminException(413, message);
    }
}
