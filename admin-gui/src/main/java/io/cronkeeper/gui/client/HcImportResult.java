package io.cronkeeper.gui.client;

import java.util.List;

/** What an import from Healthchecks did (or would do, in a dry run): its project and the report's lines. */
public record HcImportResult(boolean dryRun, String projectUuid, String projectName, List<String> lines) {
}
