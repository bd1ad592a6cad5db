package io.cronkeeper.badge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed badge URLs (reference §4.8). The signature stops anyone who knows a project's badge key
 * from reading the status of tags they were not given a URL for.
 */
public final class BadgeSigner {
    private BadgeSigner() {
    }

    /**
     * First 8 characters of Python's {@code base64.urlsafe_b64encode(HMAC-SHA1(secret, badgeKey + tag))};
     * the tag of the all-checks badge is {@code "*"}.
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

    /** The badge URL for a tag, or for all checks when the tag is {@code "*"}. */
    public static String url(byte[] secret, String siteRoot, String badgeKey, String tag, boolean twoState,
                             String format) {
        return siteRoot + "/badge/" + badgeKey + "/" + sig8(secret, badgeKey, tag) + (twoState ? "-2" : "")
            + (tag.equals("*") ? "" : "/" + encodeSegment(tag)) + "." + format;
    }

    /** Python's {@code urllib.parse.quote(tag, safe="")}: everything but {@code A-Za-z0-9_.-~} escaped. */
    private static String encodeSegment(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "_.-~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
