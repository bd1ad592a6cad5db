package io.cronkeeper.ping;

import io.cronkeeper.check.Check;
import java.nio.charset.StandardCharsets;

/** Healthchecks' HTTP body keyword filters: the first matching rule decides the ping's kind. */
final class KeywordFilter {
    private KeywordFilter() {
    }

    static PingKind classify(Check check, byte[] body) {
        // Healthchecks fails with a 500 on a body that is not UTF-8; we match on a lenient decode.
        String text = new String(body, StandardCharsets.UTF_8);
        if (matches(check.failureKw(), text)) {
            return PingKind.FAIL;
        }
        if (matches(check.successKw(), text)) {
            return PingKind.SUCCESS;
        }
        if (matches(check.startKw(), text)) {
            return PingKind.START;
        }
        return check.filterDefaultFail() ? PingKind.FAIL : PingKind.IGN;
    }

    /** Comma-separated, each part stripped, empty parts skipped, case-sensitive substring. */
    static boolean matches(String keywords, String text) {
        for (String part : keywords.split(",")) {
            String kw = strip(part);
            if (!kw.isEmpty() && text.contains(kw)) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code str.strip()}: its whitespace also has the no-break spaces Java leaves out. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPythonSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || c == 0x85 || c == 0xa0 || c == 0x2007 || c == 0x202f;
    }
}
