package io.cronkeeper.health;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * systemd's {@code sd_notify}: one datagram to the Unix socket named by {@code NOTIFY_SOCKET},
 * sent with libc through the FFM API (the JDK's Unix-domain channels are stream sockets only).
 * A path starting with {@code @} is in the abstract namespace. Without the variable (not run by
 * systemd, or {@code Type=} other than notify) every call does nothing.
 */
public final class SdNotify {
    private static final System.Logger LOG = System.getLogger(SdNotify.class.getName());

    private final Optional<String> socket;
    private volatile boolean failed;

    private SdNotify(Optional<String> socket) {
        this.socket = socket;
    }

    public static SdNotify fromEnvironment() {
        return new SdNotify(Optional.ofNullable(System.getenv("NOTIFY_SOCKET")).filter(s -> !s.isEmpty()));
    }

    /** For tests: a given socket path. */
    public static SdNotify to(String socketPath) {
        return new SdNotify(Optional.of(socketPath));
    }

    public boolean enabled() {
        return socket.isPresent();
    }

    /** Sends e.g. {@code READY=1}; returns whether it was sent. Failures are logged once, never thrown. */
    public boolean send(String state) {
        if (socket.isEmpty()) {
            return false;
        }
        try {
            Native.send(socket.get(), state.getBytes(StandardCharsets.UTF_8));
            failed = false;
            return true;
        } catch (Throwable t) {
            if (!failed) {
                LOG.log(System.Logger.Level.WARNING, "cannot notify systemd at " + socket.get() + ": " + t);
            }
            failed = true;
            return false;
        }
    }

    /** {@code NotifySocket.send(path, message)}, a Java 22 class (see the module's pom). */
    private static final class Native {
        private static final java.lang.invoke.MethodHandle SEND;

        static {
            try {
                SEND = java.lang.invoke.MethodHandles.publicLookup().findStatic(
                    Class.forName("io.cronkeeper.health.NotifySocket"), "send",
                    java.lang.invoke.MethodType.methodType(void.class, String.class, byte[].class));
            } catch (ReflectiveOperationException | UnsupportedClassVersionError e) {
                throw new ExceptionInInitializerError("sd_notify needs Java 22 or newer: " + e);
            }
        }

        static void send(String path, byte[] message) throws Throwable {
            SEND.invokeExact(path, message);
        }
    }
}
