package io.cronkeeper.gui.client;

import java.util.List;

/** What an import from Healthchecks did (or would do, in a dry run): its project and the report's lines. */
public record HcImportResult(boolean dryRun, String projectUuid, String projectName, List<String> lines) {

    /** How far the server is: {@code done} of {@code total} checks in a phase ("reading", "writing"). */
    public record Progress(String phase, int done, int total) {
    }
}
