package io.cronkeeper.api;

/** Errors an API client can cause; each maps to one status and body in {@link ApiErrors}. */
public sealed class ApiException extends RuntimeException {
    private final int status;

    private ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** 400 with {@code {"error": message}}. */
    public static final class BadRequest extends ApiException {
        public BadRequest(String message) {
            super(400, message);
        }
    }

    /** 400 with an empty body (Healthchecks' bad flip filters). */
    public static final class BadRequestEmpty extends ApiException {
        public BadRequestEmpty() {
            super(400, "");
        }
    }

    /** 401 with {@code {"error": "missing api key"}} or {@code "wrong api key"}. */
    public static final class Unauthorized extends ApiException {
        public Unauthorized(String message) {
            super(401, message);
        }
    }

    /** 403 with an empty body: the check belongs to another project. */
    public static final class Forbidden extends ApiException {
        public Forbidden() {
            super(403, "");
        }
    }

    /** 404 with an empty body. */
    public static final class NotFound extends ApiException {
        public NotFound() {
            super(404, "");
        }
    }

    /** 405: the method is not allowed on this path. */
    public static final class MethodNotAllowed extends ApiException {
        public MethodNotAllowed() {
            super(405, "");
        }
    }

    /** 413: the request body is over the API's limit. */
    public static final class PayloadTooLarge extends ApiException {
        public PayloadTooLarge(String message) {
            super(413, message);
        }
    }

    /** 409 with a plain-text body. */
    public static final class Conflict extends ApiException {
        public Conflict(String message) {
            super(409, message);
        }
    }
}
