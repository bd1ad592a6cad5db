package io.cronkeeper.alert;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

final class Urls {
    private Urls() {
    }

    /** {@code base} (trailing slashes dropped) followed by {@code path}, which starts with "/". */
    static URI at(String base, String path) {
        return URI.create(base.replaceAll("/+$", "") + path);
    }

    /** One path segment, every reserved character encoded. */
    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
