package io.cronkeeper.gui.client;

import java.util.Optional;

/** A project with its ping key and how many of its checks are in each status. */
public record Project(String uuid, String name, Optional<String> pingKey, Optional<String> pingUrlBase,
                      Counts checks) {

    public record Counts(int total, int up, int grace, int down, int paused, int fresh) {
    }
}
