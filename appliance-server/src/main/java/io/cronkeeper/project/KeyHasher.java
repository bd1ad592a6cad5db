package io.cronkeeper.project;

import io.cronkeeper.store.DataDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API keys are stored as HMAC-SHA256 under a per-install secret kept in the data dir, so a copy of
 * the database alone does not reveal or confirm a key.
 */
public final class KeyHasher {
    public static final int PREFIX_LENGTH = 8;
    /** The per-install secret in the data dir; backups and exports carry it along. */
    public static final String FILE_NAME = "secret-key";
    private final byte[] secret;

    private KeyHasher(byte[] secret) {
        this.secret = secret;
    }

    /**
     * The install's secret where the store keeps it: in the PostgreSQL database that the nodes
     * share, else {@code <data dir>/secret-key} beside the SQLite file.
     */
    public static KeyHasher of(io.cronkeeper.store.Database db, Path dataDir) {
        if (db.dialect() == io.cronkeeper.store.Dialect.POSTGRES) {
            String secret = io.cronkeeper.store.SharedSecrets.ensure(db.jdbi(), FILE_NAME, Tokens::secretKey);
            return new KeyHasher(secret.strip().getBytes(StandardCharsets.UTF_8));
        }
        return forDataDir(dataDir);
    }

    /** Loads {@code <data dir>/secret-key}, creating it (mode 0600) on first use. */
    public static synchronized KeyHasher forDataDir(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                DataDir.writeSecret(file, Tokens.secretKey());
            }
            return new KeyHasher(Files.readString(file).strip().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static String prefix(String key) {
        return key.substring(0, Math.min(PREFIX_LENGTH, key.length()));
    }

    /** The raw secret, for other HMACs under the same per-install key (badge signatures). */
    public byte[] secret() {
        return secret.clone();
    }

    public String hash(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(String key, String storedHash) {
        return MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII),
            storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
