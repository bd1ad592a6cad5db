package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.api.Json;
import io.cronkeeper.hcimport.HcImportException;
import io.cronkeeper.hcimport.HealthchecksImport;
import io.cronkeeper.hcimport.ImportOptions;
import io.cronkeeper.hcimport.ImportReport;
import io.cronkeeper.hcimport.Progress;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The admin app's "Import from Healthchecks…": the same import as {@code cronkeeper import-healthchecks}.
 * With {@code Accept: application/x-ndjson} the answer is a stream of lines, progress first, so the
 * app can show how far a long import is; otherwise one JSON object when it is done.
 */
final class HcImportRoutes implements HttpService {
    private static final String NDJSON = "application/x-ndjson";

    private final HealthchecksImport importer;

    HcImportRoutes(HealthchecksImport importer) {
        this.importer = importer;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/import/healthchecks", Methods.allow().post(this::run));
    }

    private void run(ServerRequest req, ServerResponse res) throws IOException {
        JsonNode body = Requests.body(req);
        ImportOptions options = new ImportOptions(required(body, "url"), required(body, "api_key"),
            Requests.optionalString(body, "ping_key").orElse("").strip(),
            Requests.optionalString(body, "project").orElse(""),
            Requests.optionalBool(body, "history").orElse(false), Requests.optionalBool(body, "dry_run").orElse(false));
        if (req.headers().first(HeaderNames.ACCEPT).orElse("").contains(NDJSON)) {
            stream(options, res);
            return;
        }
        try {
            AdminJson.send(res, importer.run(options, Progress.NONE).json());
        } catch (HcImportException e) {
            throw refusal(e);
        }
    }

    /** Lines {@code {"progress":…}}, then {@code {"report":…}} or {@code {"error":…,"status":…}}. */
    private void stream(ImportOptions options, ServerResponse res) throws IOException {
        res.header(HeaderNames.CONTENT_TYPE, NDJSON);
        try (OutputStream out = res.outputStream()) {
            int[] lastPercent = {-1};
            Progress progress = (phase, done, total) -> {
                int percent = total == 0 ? 100 : done * 100 / total;
                if (percent != lastPercent[0] || done == total) {
                    lastPercent[0] = percent;
                    line(out, Map.of("progress", Map.of("phase", phase, "done", done, "total", total)));
                }
            };
            try {
                ImportReport report = importer.run(options, progress);
                line(out, Map.of("report", report.json()));
            } catch (HcImportException e) {
                AdminException refusal = refusal(e);
                line(out, Map.of("error", refusal.getMessage(), "status", refusal.status()));
            }
        }
    }

    private static void line(OutputStream out, Object value) {
        try {
            out.write(Json.MAPPER.writeValueAsBytes(value));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AdminException refusal(HcImportException e) {
        return switch (e.reason()) {
            case INPUT -> AdminException.badRequest(e.getMessage());
            case REMOTE -> AdminException.badGateway(e.getMessage());
            case CONFLICT -> AdminException.conflict(e.getMessage());
            case UNSUPPORTED -> AdminException.unprocessable(e.getMessage());
        };
    }

    private static String required(JsonNode body, String field) {
        return Requests.optionalString(body, field).filter(s -> !s.isBlank())
            .orElseThrow(() -> AdminException.badRequest("\"" + field + "\" is required, a string"));
    }
}
