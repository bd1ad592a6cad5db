package io.cronkeeper.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The stable id shown to read-only keys: SHA-1 hex of the first 16 hex digits of the UUID. */
public final class UniqueKey {
    private UniqueKey() {
    }

    public static String of(String uuid) {
        String hex16 = uuid.replace("-", "").substring(0, 16);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(hex16.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
