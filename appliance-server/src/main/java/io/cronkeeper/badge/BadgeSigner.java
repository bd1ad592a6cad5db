package io.cronkeeper.badge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed project badge URLs exactly as Healthchecks makes them ({@code hc/lib/badges.py}), so a
 * badge URL cannot be guessed from the project's badge key alone and stays valid across restarts.
 */
public final class BadgeSigner {
    /** Characters Python's {@code urllib.parse.quote} never escapes. */
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

    private BadgeSigner() {
    }

    /**
     * {@code base64.urlsafe_b64encode(hmac_sha1(secret, badgeKey + tag))[:8]}; the all-checks
     * badge signs the tag {@code "*"}.
     */
    public static String sig8(byte[] secret, String badgeKey, String tag) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] digest = mac.doFinal((badgeKey + tag).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().encodeToString(digest).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code SITE_ROOT/badge/<badgeKey>/<sig8>[-2]/<tag>.<format>}, or
     * {@code SITE_ROOT/badge/<badgeKey>/<sig8>[-2].<format>} for {@code tag = "*"}; {@code -2} is
     * the two-state variant (no "late").
     *
     * <p>The tag is written as Django writes it: its {@code quoted} path converter percent-encodes
     * every byte outside {@code [A-Za-z0-9_.~-]} and {@code reverse()} then encodes the {@code %}
     * again. So {@code "db/prod"} appears as {@code db%252Fprod}: after the server decodes the path
     * once the segment reads {@code db%2Fprod}, which still routes as one segment, and the badge
     * endpoint percent-decodes it once more to get the tag back. Plain tags appear unchanged.
     *
     * @param secret the per-install secret the signature is made with
     */
    public static String url(byte[] secret, String siteRoot, String badgeKey, String tag, boolean twoState,
                             String format) {
        String sig = sig8(secret, badgeKey, tag) + (twoState ? "-2" : "");
        String base = siteRoot + "/badge/" + badgeKey + "/" + sig;
        return tag.equals("*") ? base + "." + format : base + "/" + quoteTwice(tag) + "." + format;
    }

    private static String quoteTwice(String tag) {
        var out = new StringBuilder();
        for (byte b : tag.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append("%25").append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
