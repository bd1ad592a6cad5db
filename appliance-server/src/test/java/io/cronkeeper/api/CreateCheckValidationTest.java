package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every 400 of {@code POST /api/v3/checks/}, with Healthchecks' exact error strings (reference §4.5). */
class CreateCheckValidationTest {
    @TempDir
    static Path dir;
    static TestServer server;
    /** Shared: every request here is refused, which each test confirms by finding no check stored. */
    static CreatedProject project;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        project = server.createProject("validation");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
            Arguments.of("{\"name\":\"" + "n".repeat(101) + "\"}", "name is too long"),
            Arguments.of("{\"name\":5}", "name is not a string"),
            Arguments.of("{\"name\":true}", "name is not a string"),
            Arguments.of("{\"name\":[\"a\"]}", "name is not a string"),
            Arguments.of("{\"name\":{\"a\":1}}", "name is not a string"),
            Arguments.of("{\"slug\":\"Has Caps\"}", "slug does not match pattern"),
            Arguments.of("{\"slug\":\"a b\"}", "slug does not match pattern"),
            Arguments.of("{\"slug\":\"é\"}", "slug does not match pattern"),
            Arguments.of("{\"slug\":\"" + "s".repeat(101) + "\"}", "slug is too long"),
            Arguments.of("{\"slug\":1}", "slug is not a string"),
            Arguments.of("{\"tags\":5}", "tags is not a string"),
            Arguments.of("{\"desc\":false}", "desc is not a string"),
            Arguments.of("{\"timeout\":59}", "timeout is too small"),
            Arguments.of("{\"timeout\":-1}", "timeout is too small"),
            Arguments.of("{\"timeout\":31536001}", "timeout is too large"),
            Arguments.of("{\"timeout\":99999999999999999999}", "timeout is too large"),
            Arguments.of("{\"timeout\":60.5}", "timeout is not a number"),
            Arguments.of("{\"timeout\":60.0}", "timeout is not a number"),
            Arguments.of("{\"timeout\":\"60\"}", "timeout is not a number"),
            Arguments.of("{\"timeout\":true}", "timeout is not a number"),
            Arguments.of("{\"timeout\":[60]}", "timeout is not a number"),
            Arguments.of("{\"grace\":59}", "grace is too small"),
            Arguments.of("{\"grace\":31536001}", "grace is too large"),
            Arguments.of("{\"grace\":3600.5}", "grace is not a number"),
            Arguments.of("{\"grace\":false}", "grace is not a number"),
            Arguments.of("{\"grace\":\"1h\"}", "grace is not a number"),
            Arguments.of("{\"schedule\":5}", "schedule is not a string"),
            Arguments.of("{\"schedule\":\"" + "*".repeat(101) + "\"}", "schedule is too long"),
            Arguments.of("{\"tz\":\"Mars/Olympus_Mons\"}", "tz is not a valid timezone"),
            Arguments.of("{\"tz\":\"\"}", "tz is not a valid timezone"),
            Arguments.of("{\"tz\":\"utc\"}", "tz is not a valid timezone"),
            Arguments.of("{\"tz\":3}", "tz is not a string"),
            Arguments.of("{\"manual_resume\":\"true\"}", "manual_resume is not a boolean"),
            Arguments.of("{\"manual_resume\":1}", "manual_resume is not a boolean"),
            Arguments.of("{\"methods\":\"GET\"}", "methods has unexpected value"),
            Arguments.of("{\"methods\":\"post\"}", "methods has unexpected value"),
            Arguments.of("{\"methods\":1}", "methods has unexpected value"),
            Arguments.of("{\"channels\":5}", "channels is not a string"),
            Arguments.of("{\"start_kw\":\"" + "k".repeat(201) + "\"}", "start_kw is too long"),
            Arguments.of("{\"success_kw\":\"" + "k".repeat(201) + "\"}", "success_kw is too long"),
            Arguments.of("{\"failure_kw\":\"" + "k".repeat(201) + "\"}", "failure_kw is too long"),
            Arguments.of("{\"subject\":\"" + "k".repeat(201) + "\"}", "subject is too long"),
            Arguments.of("{\"subject_fail\":\"" + "k".repeat(201) + "\"}", "subject_fail is too long"),
            Arguments.of("{\"start_kw\":1}", "start_kw is not a string"),
            Arguments.of("{\"subject\":[]}", "subject is not a string"),
            Arguments.of("{\"filter_subject\":\"true\"}", "filter_subject is not a boolean"),
            Arguments.of("{\"filter_body\":0}", "filter_body is not a boolean"),
            Arguments.of("{\"filter_http_body\":\"\"}", "filter_http_body is not a boolean"),
            Arguments.of("{\"filter_default_fail\":[]}", "filter_default_fail is not a boolean"),
            Arguments.of("{\"unique\":\"name\"}", "unique is not an array"),
            Arguments.of("{\"unique\":{\"name\":1}}", "unique is not an array"),
            Arguments.of("{\"unique\":[\"name\",\"desc\"]}", "an item in 'unique' has unexpected value"),
            Arguments.of("{\"unique\":[\"Name\"]}", "an item in 'unique' has unexpected value"),
            Arguments.of("{\"unique\":[1]}", "an item in 'unique' has unexpected value"),
            Arguments.of("{\"unique\":[null]}", "an item in 'unique' has unexpected value"));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void invalidFieldIsRejectedWithHealthchecksMessage(String body, String message) {
        assertRejected(body, "json validation error: " + message);
    }

    static Stream<Arguments> explicitNulls() {
        return Stream.of(
            Arguments.of("name", "name is not a string"),
            Arguments.of("slug", "slug is not a string"),
            Arguments.of("tags", "tags is not a string"),
            Arguments.of("desc", "desc is not a string"),
            Arguments.of("timeout", "timeout is not a number"),
            Arguments.of("grace", "grace is not a number"),
            Arguments.of("schedule", "schedule is not a string"),
            Arguments.of("tz", "tz is not a string"),
            Arguments.of("manual_resume", "manual_resume is not a boolean"),
            Arguments.of("methods", "methods has unexpected value"),
            Arguments.of("channels", "channels is not a string"),
            Arguments.of("start_kw", "start_kw is not a string"),
            Arguments.of("success_kw", "success_kw is not a string"),
            Arguments.of("failure_kw", "failure_kw is not a string"),
            Arguments.of("subject", "subject is not a string"),
            Arguments.of("subject_fail", "subject_fail is not a string"),
            Arguments.of("filter_subject", "filter_subject is not a boolean"),
            Arguments.of("filter_body", "filter_body is not a boolean"),
            Arguments.of("filter_http_body", "filter_http_body is not a boolean"),
            Arguments.of("filter_default_fail", "filter_default_fail is not a boolean"),
            Arguments.of("unique", "unique is not an array"));
    }

    @ParameterizedTest
    @MethodSource("explicitNulls")
    void explicitNullIsRejected(String field, String message) {
        assertRejected("{\"" + field + "\": null}", "json validation error: " + message);
    }

    @Test
    void explicitNullOfAnUnknownKeyIsIgnored() {
        String key = server.createProject("nulls").apiKey();
        assertThat(server.post("/api/v3/checks/", key, "{\"colour\": null}").statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"* * * *", "61 * * * *", "0 0 30 2 *", "daily at noon", "2019-13-01", "*-*-* 25:00",
        "0 3 * * mon\\n0 4 * * *"})
    void invalidScheduleIsRefusedWithTheReferenceMessage(String schedule) {
        var res = server.post("/api/v3/checks/", project.apiKey(), "{\"schedule\":\"" + schedule + "\",\"timeout\":60}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText())
            .isEqualTo("json validation error: schedule is not a valid cron or OnCalendar expression");
        assertNothingStored();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "7c3c4a2e-5d9f-4d4f-9a8e-0d2c1b7a6f55", "*,abc", "abc,", "abc,def"})
    void unknownChannelIsRejectedByItsIdentifier(String channels) {
        String first = channels.split(",", -1)[0];
        assertRejected("{\"channels\":\"" + channels + "\"}", "invalid channel identifier: " + first);
    }

    @Test
    void channelIdentifiersAreComparedExactlyIncludingWhitespace() {
        assertRejected("{\"channels\":\" \"}", "invalid channel identifier:  ");
        assertRejected("{\"channels\":\" abc \"}", "invalid channel identifier:  abc ");
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ",abc", ",,"})
    void emptyChannelIdentifierIsRejected(String channels) {
        assertRejected("{\"channels\":\"" + channels + "\"}", "empty channel identifier");
    }

    /** Only the first error is reported, in the order Healthchecks' schema declares its fields. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\":5,\"desc\":5}                | desc is not a string",
        "{\"tz\":\"Nowhere/Land\",\"grace\":1}    | grace is too small",
        "{\"unique\":\"x\",\"timeout\":1}         | timeout is too small",
        "{\"tags\":1,\"slug\":\"A\",\"name\":true} | name is not a string",
        "{\"methods\":\"GET\",\"manual_resume\":1} | manual_resume is not a boolean"})
    void firstErrorInSchemaOrderIsReported(String body, String message) {
        assertRejected(body, "json validation error: " + message);
    }

    /** Channels are resolved after the schema is validated, so a schema error is reported first. */
    @Test
    void schemaErrorIsReportedBeforeChannelError() {
        assertRejected("{\"channels\":\"abc\",\"start_kw\":1}", "json validation error: start_kw is not a string");
    }

    private void assertRejected(String body, String error) {
        var res = server.post("/api/v3/checks/", project.apiKey(), body);
        assertThat(res.statusCode()).as(body).isEqualTo(400);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(TestServer.json(res.body()).get("error").asText()).as(body).isEqualTo(error);
        assertThat(TestServer.json(res.body()).size()).isEqualTo(1);
        assertNothingStored();
    }

    private void assertNothingStored() {
        var list = TestServer.json(server.get("/api/v3/checks/", project.apiKey()).body()).get("checks");
        assertThat(list).isEmpty();
    }
}
