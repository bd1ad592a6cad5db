package io.cronkeeper.hcimport;

import io.cronkeeper.config.BodyLimit;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * Moves a Healthchecks project in: reads all of it first (nothing is written if reading fails),
 * then writes it in one transaction. The CLI's {@code import-healthchecks} and the admin API's
 * {@code POST /import/healthchecks} both run this.
 */
public final class HealthchecksImport {
    private final Jdbi jdbi;
    private final Clock clock;
    private final String pingEndpoint;
    private final int pingLogLimit;
    private final BodyLimit bodyLimit;

    public HealthchecksImport(Jdbi jdbi, Clock clock, String pingEndpoint, int pingLogLimit, BodyLimit bodyLimit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.pingEndpoint = pingEndpoint;
        this.pingLogLimit = pingLogLimit;
        this.bodyLimit = bodyLimit;
    }

    public ImportReport run(ImportOptions options, Progress progress) {
        URI base = baseUrl(options.url());
        if (options.apiKey().isBlank()) {
            throw new HcImportException(HcImportException.Reason.INPUT, "no API key: give the Healthchecks project's read-write key "
                + "(--api-key-file FILE or the HC_API_KEY environment variable)");
        }
        Fetcher fetcher = new Fetcher(new HcClient(base, options.apiKey().strip()), progress);
        Snapshot snapshot = fetcher.read(options.history(), pingLogLimit, bodyLimit);
        return new ImportWriter(jdbi, clock, pingEndpoint, progress).write(snapshot, base.getHost(), options,
            fetcher.notes());
    }

    static URI baseUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                && uri.getQuery() == null && uri.getFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below, in the same words as a URL of the wrong kind.
        }
        throw new HcImportException(HcImportException.Reason.INPUT, "the URL must be the http or https address Healthchecks is opened at, "
            + "e.g. https://healthchecks.io, not \"" + url + "\"");
    }
}
