package io.cronkeeper.project;

import java.security.SecureRandom;

/** Random identifiers and secrets. */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Tokens() {
    }

    /** A project ping key: 22 characters of {@code [a-z0-9]}, as Healthchecks makes them. */
    public static String pingKey() {
        return random(LOWER_ALNUM, 22);
    }

    /** {@code hcw_} or {@code hcr_} and 28 URL-safe characters: 32 in all. */
    public static String apiKey(boolean readOnly) {
        return (readOnly ? "hcr_" : "hcw_") + random(URL_SAFE, 28);
    }

    public static String adminToken() {
        return "ckadm_" + random(URL_SAFE, 40);
    }

    public static String secretKey() {
        return random(URL_SAFE, 64);
    }

    static String random(String alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
        }
        return new String(out);
    }
}
