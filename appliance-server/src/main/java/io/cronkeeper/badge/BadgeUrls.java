package io.cronkeeper.badge;

import io.cronkeeper.check.Check;
import io.cronkeeper.project.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A project's badge URLs as Healthchecks' {@code badges/} lists them: one entry per tag used by
 * its checks, plus {@code "*"} for all of them; each in every format, two-state ({@code svg}) and
 * three-state ({@code svg3}). The v3 API and the admin API answer with the same map.
 */
public final class BadgeUrls {
    private static final List<String> FORMATS = List.of("svg", "json", "shields");

    private BadgeUrls() {
    }

    public static Map<String, Map<String, String>> of(Project project, List<Check> checks, byte[] secret, String siteRoot) {
        var tags = new TreeSet<String>();
        tags.add("*");
        for (Check check : checks) {
            for (String tag : check.tags().split(" ")) {
                // Python's str.strip(): a tag never carries surrounding whitespace.
                if (!tag.strip().isEmpty()) {
                    tags.add(tag.strip());
                }
            }
        }
        var badges = new TreeMap<String, Map<String, String>>();
        for (String tag : tags) {
            var urls = new LinkedHashMap<String, String>();
            for (String format : FORMATS) {
                urls.put(format, BadgeSigner.url(secret, siteRoot, project.badgeKey(), tag, true, format));
                urls.put(format + "3", BadgeSigner.url(secret, siteRoot, project.badgeKey(), tag, false, format));
            }
            badges.put(tag, urls);
        }
        return badges;
    }
}
