package io.cronkeeper.gui.client;

/**
 * The badge URLs of one tag of a project ({@code "*"}: all its checks), in each format; the
 * two-state ones show up or down, the three-state ones late as well.
 */
public record BadgeSet(String tag, String svg, String json, String shields, String svg3, String json3, String shields3) {
    public static final String ALL = "*";

    public boolean allChecks() {
        return tag.equals(ALL);
    }
}
