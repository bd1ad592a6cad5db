package io.cronkeeper.gui.connect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Debian package's server on this machine: its token in {@code /var/lib/cronkeeper} (group
 * {@code cronkeeper} may read it), and the port it listens on, from {@code /etc/cronkeeper/server.yaml}
 * and {@code cronkeeper.env} as the server reads them. Tests point every path elsewhere, and swap
 * {@code access}: permission bits cannot stop root, and tests may run as root.
 *
 * @param groupFile {@code /etc/group}, to tell "not in the group" from "joined, but not logged in again"
 */
public record PackagedServer(Path dataDir, Path serverYaml, Path envFile, Path groupFile, String user,
                             Function<Path, Access> access) {
    public static final String GROUP = "cronkeeper";

    /** Whether this user may read a file. */
    public enum Access {
        READABLE,
        /** It exists (or sits in a directory this user may not enter), but may not be read. */
        DENIED,
        MISSING
    }

    public static PackagedServer real(Map<String, String> env) {
        return new PackagedServer(Path.of("/var/lib/cronkeeper"), Path.of("/etc/cronkeeper/server.yaml"),
            Path.of("/etc/cronkeeper/cronkeeper.env"), Path.of("/etc/group"),
            env.getOrDefault("USER", System.getProperty("user.name", "")), PackagedServer::accessOf);
    }

    public Path tokenFile() {
        return dataDir.resolve("admin-token");
    }

    /** The address of its HTTP port from this machine (see {@link ServerConfig}). */
    public String url() {
        return ServerConfig.read(serverYaml, envFile, access).localUrl();
    }

    /** What to do when the token exists but this user may not read it: the exact commands. */
    public String deniedAdvice() {
        String file = tokenFile().toString();
        if (inGroupFile()) {
            return "The installed server's admin token " + file + " is readable by group " + GROUP + " only. You are in "
                + "that group, but this login session started before you joined it: log out and log in again. If that "
                + "does not help, make the file group-readable again: sudo cronkeeper admin-token --group-readable";
        }
        return "The installed server's admin token " + file + " is readable by group " + GROUP + " only, and you are "
            + "not in it. Join the group with: sudo usermod -aG " + GROUP + " $USER — then log out and log in again "
            + "(group membership starts at login).";
    }

    private boolean inGroupFile() {
        try {
            List<String> lines = Files.readAllLines(groupFile);
            return lines.stream().map(l -> l.split(":", -1)).filter(f -> f.length >= 4 && f[0].equals(GROUP))
                .anyMatch(f -> Arrays.asList(f[3].split(",")).contains(user));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static Access accessOf(Path file) {
        if (Files.isReadable(file)) {
            return Access.READABLE;
        }
        if (Files.exists(file)) {
            return Access.DENIED;
        }
        // /var/lib/cronkeeper is 0750: outside the group, the token cannot even be seen to exist.
        Path dir = file.getParent();
        return dir != null && Files.isDirectory(dir) && !Files.isExecutable(dir) ? Access.DENIED : Access.MISSING;
    }
}
