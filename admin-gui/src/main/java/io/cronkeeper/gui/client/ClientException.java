package io.cronkeeper.gui.client;

/**
 * Why a call to the server failed, in words the window can show as they are. Each kind gets
 * its own handling: offline waits and retries, a refused token asks for a new one, an unknown
 * certificate asks to trust its fingerprint, a refusal is shown next to the field it names.
 */
public sealed abstract class ClientException extends RuntimeException {
    private ClientException(String message) {
        super(message, null, false, false);
    }

    /** No answer: the server is down, the address is wrong, or the network is gone. */
    public static final class Unreachable extends ClientException {
        public Unreachable(String message) {
            super(message);
        }
    }

    /** 401: the admin token is missing or not the server's. */
    public static final class Unauthorized extends ClientException {
        public Unauthorized(String message) {
            super(message);
        }
    }

    /** TLS with a certificate nobody vouches for; the user may trust its SHA-256 fingerprint. */
    public static final class UntrustedCertificate extends ClientException {
        private final String fingerprint;

        public UntrustedCertificate(String fingerprint) {
            super("The server's certificate is not trusted. SHA-256 fingerprint: " + fingerprint);
            this.fingerprint = fingerprint;
        }

        public String fingerprint() {
            return fingerprint;
        }
    }

    /** The server understood the request and said no; the message is the server's own. */
    public static final class Rejected extends ClientException {
        private final int status;

        public Rejected(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** This server is older than the app: the route does not exist there yet. */
    public static final class Unsupported extends ClientException {
        public Unsupported(String message) {
            super(message);
        }
    }
}
