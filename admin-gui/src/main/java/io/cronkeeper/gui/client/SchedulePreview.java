package io.cronkeeper.gui.client;

import java.time.Instant;
import java.util.List;

/** The next times a schedule expression fires, as the server computes them. */
public record SchedulePreview(List<Instant> next) {
}
