package io.cronkeeper.ping;

/** Every answer a ping URL can give, with its exact status code and body. */
public enum PingOutcome {
    OK(200, "OK"),
    CREATED(201, "Created"),
    NOT_FOUND(404, "not found"),
    AMBIGUOUS_SLUG(409, "ambiguous slug"),
    INVALID_URL(400, "invalid url format"),
    INVALID_UUID(400, "invalid uuid format");

    private final int status;
    private final String body;

    PingOutcome(int status, String body) {
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public boolean accepted() {
        return this == OK || this == CREATED;
    }
}
