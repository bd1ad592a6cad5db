package io.cronkeeper.gui.connect;

import java.util.List;
import java.util.Optional;

/**
 * Which server the app opens at launch: the one named on the command line, else the last one
 * used, else the local server found on this machine. The last one used, when it was this
 * computer, is taken as found now, so a changed port or token file is picked up.
 */
public final class FirstServer {
    private FirstServer() {
    }

    /**
     * @param named      the server the command line asked for ({@code --server}, {@code --url}, ...)
     * @param remembered the servers the user connected to, the last one used first
     * @param local      the server found on this machine
     */
    public static Optional<ServerProfile> choose(Optional<ServerProfile> named, List<ServerProfile> remembered,
                                                 Optional<ServerProfile> local) {
        if (named.isPresent()) {
            return named.map(p -> withTrust(p, remembered));
        }
        Optional<ServerProfile> last = remembered.stream().findFirst();
        if (last.isPresent() && !(last.get().name().equals(LocalDiscovery.LOCAL_NAME) && local.isPresent())) {
            return last;
        }
        return local.map(p -> withTrust(p, remembered));
    }

    /** A certificate trusted before for the same address is trusted again. */
    private static ServerProfile withTrust(ServerProfile p, List<ServerProfile> remembered) {
        if (!p.fingerprint().isEmpty()) {
            return p;
        }
        return remembered.stream().filter(s -> s.url().equals(p.url()) && !s.fingerprint().isEmpty()).findFirst()
            .map(s -> p.withFingerprint(s.fingerprint())).orElse(p);
    }
}
