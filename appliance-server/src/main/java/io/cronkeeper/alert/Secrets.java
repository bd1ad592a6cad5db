package io.cronkeeper.alert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Keeps tokens and passwords out of delivery errors, which end up in logs and the admin app. */
final class Secrets {
    static final String MASK = "****";

    private Secrets() {
    }

    static String mask(String text, List<String> secrets) {
        String out = text;
        for (String secret : secrets) {
            if (secret.length() >= 4) {
                out = out.replace(secret, MASK).replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), MASK);
            }
        }
        return out;
    }

    /** The first {@code max} characters on one line, for an error message. */
    static String excerpt(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }
}
