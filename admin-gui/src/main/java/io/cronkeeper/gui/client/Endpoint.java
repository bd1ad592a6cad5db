package io.cronkeeper.gui.client;

import java.util.Optional;

/**
 * Where the admin API is and how to prove who we are. {@code fingerprint} is the SHA-256 of a
 * self-signed certificate the user chose to trust (hex with colons), if any.
 */
public record Endpoint(String url, String token, Optional<String> fingerprint) {
    public Endpoint {
        url = url.strip().replaceAll("/+$", "");
    }

    public String adminBase() {
        return url + "/api/admin/v1";
    }

    public Endpoint withToken(String newToken) {
        return new Endpoint(url, newToken, fingerprint);
    }
}
