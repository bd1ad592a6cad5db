package io.cronkeeper.hcimport;

/**
 * One import's request.
 *
 * @param url         the address Healthchecks is opened at, e.g. {@code https://healthchecks.io}
 * @param pingKey     the Healthchecks project's ping key, or "" to keep (or make) our own
 * @param projectName the project to import into, or "" for the one the checks are in already,
 *                    else a new one named after the instance
 */
public record ImportOptions(String url, String apiKey, String pingKey, String projectName, boolean history,
                            boolean dryRun) {
}
