package io.cronkeeper.gui.connect;

import io.cronkeeper.gui.client.Endpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A server the app knows: its address and admin token, or the file that holds the token (read
 * anew at every connect, so a rotated token is picked up), and the fingerprint of a self-signed
 * certificate the user trusted. Empty strings mean "none", as stored in servers.json.
 */
public record ServerProfile(String name, String url, String token, String tokenFile, String fingerprint) {

    public ServerProfile {
        url = url.strip().replaceAll("/+$", "");
    }

    public Endpoint endpoint() {
        return new Endpoint(url, currentToken(), fingerprint.isEmpty() ? Optional.empty() : Optional.of(fingerprint));
    }

    /** The token, from its file when there is one; "" when the file cannot be read. */
    public String currentToken() {
        if (tokenFile.isEmpty()) {
            return token;
        }
        try {
            return Files.readString(Path.of(tokenFile)).strip();
        } catch (IOException | RuntimeException e) {
            return token;
        }
    }

    public ServerProfile withFingerprint(String value) {
        return new ServerProfile(name, url, token, tokenFile, value);
    }

    public ServerProfile withToken(String value) {
        return new ServerProfile(name, url, value, "", fingerprint);
    }

    @Override
    public String toString() {
        return name.isEmpty() ? url : name + " (" + url + ")";
    }
}
