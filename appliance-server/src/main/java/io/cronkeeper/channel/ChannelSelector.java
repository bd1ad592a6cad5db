package io.cronkeeper.channel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The {@code channels} field of a check in the v3 API (reference §4.5): {@code *} is every
 * integration of the project, {@code ""} none, otherwise a comma-separated list in which each
 * item names exactly one integration by UUID or by exact name.
 */
public final class ChannelSelector {
    private ChannelSelector() {
    }

    /** Thrown with Healthchecks' exact message; nothing has been saved. */
    public static final class InvalidSelection extends RuntimeException {
        InvalidSelection(String message) {
            super(message, null, false, false);
        }
    }

    public static List<Long> resolve(String spec, List<Channel> projectChannels) {
        if (spec.equals("*")) {
            return projectChannels.stream().map(Channel::id).toList();
        }
        if (spec.isEmpty()) {
            return List.of();
        }
        var ids = new LinkedHashSet<Long>();
        // Items are compared exactly, whitespace included: Healthchecks does not strip them.
        for (String id : spec.split(",", -1)) {
            if (id.isEmpty()) {
                throw new InvalidSelection("empty channel identifier");
            }
            List<Channel> matches = new ArrayList<>();
            for (Channel c : projectChannels) {
                if (c.uuid().equals(id) || c.name().equals(id)) {
                    matches.add(c);
                }
            }
            if (matches.isEmpty()) {
                throw new InvalidSelection("invalid channel identifier: " + id);
            }
            if (matches.size() > 1) {
                throw new InvalidSelection("non-unique channel identifier: " + id);
            }
            ids.add(matches.getFirst().id());
        }
        return List.copyOf(ids);
    }
}
