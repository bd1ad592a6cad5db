package io.cronkeeper.gui.client;

/** How the app's link to its server is doing; the banner shows the message of every state but Online. */
public sealed interface ConnectionState {
    String message();

    record Connecting(String message) implements ConnectionState {
    }

    record Online(String message) implements ConnectionState {
    }

    /** Unreachable; the event stream keeps retrying on its own. */
    record Offline(String message) implements ConnectionState {
    }

    /** The token was refused; retried too, since the token file may be updated. */
    record Refused(String message) implements ConnectionState {
    }

    record Untrusted(String fingerprint, String message) implements ConnectionState {
    }

    static ConnectionState of(ClientException e) {
        return switch (e) {
            case ClientException.Unauthorized u -> new Refused(u.getMessage());
            case ClientException.UntrustedCertificate t -> new Untrusted(t.fingerprint(), t.getMessage());
            case ClientException.Unreachable u -> new Offline(u.getMessage() + " Reconnecting by itself…");
            case ClientException.Rejected r -> new Offline(r.getMessage() + " Reconnecting by itself…");
            case ClientException.Unsupported u -> new Offline("The server does not offer the admin API: " + u.getMessage());
        };
    }
}
