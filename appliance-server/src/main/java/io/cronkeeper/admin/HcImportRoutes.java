package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.hcimport.HcImportException;
import io.cronkeeper.hcimport.HealthchecksImport;
import io.cronkeeper.hcimport.ImportOptions;
import io.cronkeeper.hcimport.ImportReport;
import io.cronkeeper.hcimport.Progress;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;

/** The admin app's "Import from Healthchecks…": the same import as {@code cronkeeper import-healthchecks}. */
final class HcImportRoutes implements HttpService {
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
        ImportReport report;
        try {
            report = importer.run(options, Progress.NONE);
        } catch (HcImportException e) {
            throw switch (e.reason()) {
                case INPUT -> AdminException.badRequest(e.getMessage());
                case REMOTE -> AdminException.badGateway(e.getMessage());
                case CONFLICT -> AdminException.conflict(e.getMessage());
                case UNSUPPORTED -> AdminException.unprocessable(e.getMessage());
            };
        }
        AdminJson.send(res, report.json());
    }

    private static String required(JsonNode body, String field) {
        return Requests.optionalString(body, field).filter(s -> !s.isBlank())
            .orElseThrow(() -> AdminException.badRequest("\"" + field + "\" is required, a string"));
    }
}
