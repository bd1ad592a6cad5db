package io.cronkeeper.gui.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The servers the user connected to, in {@code <config dir>/servers.json} (mode 0600: it holds
 * admin tokens). The last one used comes first next time.
 */
public final class ServerStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public ServerStore(Path configDir) {
        this.file = configDir.resolve("servers.json");
    }

    public List<ServerProfile> load() {
        List<ServerProfile> out = new ArrayList<>();
        if (!Files.isReadable(file)) {
            return out;
        }
        try {
            for (JsonNode s : JSON.readTree(file.toFile()).path("servers")) {
                out.add(new ServerProfile(s.path("name").asText(""), s.path("url").asText(""), s.path("token").asText(""),
                    s.path("token_file").asText(""), s.path("fingerprint").asText("")));
            }
        } catch (IOException e) {
            // A damaged file is treated as empty; it is rewritten at the next connect.
        }
        return out;
    }

    public Optional<ServerProfile> byName(String name) {
        return load().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Puts {@code profile} first, replacing one of the same name. */
    public void remember(ServerProfile profile) {
        List<ServerProfile> all = new ArrayList<>(load());
        all.removeIf(p -> p.name().equals(profile.name()));
        all.addFirst(profile);
        save(all);
    }

    public void forget(String name) {
        List<ServerProfile> all = new ArrayList<>(load());
        all.removeIf(p -> p.name().equals(name));
        save(all);
    }

    private void save(List<ServerProfile> all) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("servers");
        for (ServerProfile p : all) {
            list.addObject().put("name", p.name()).put("url", p.url()).put("token", p.token())
                .put("token_file", p.tokenFile()).put("fingerprint", p.fingerprint());
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "servers", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the user's profile folder is private enough.
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot save the server list to " + file, e);
        }
    }
}
