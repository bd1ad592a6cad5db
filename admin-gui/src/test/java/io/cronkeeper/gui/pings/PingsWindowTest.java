package io.cronkeeper.gui.pings;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.Ping;
import io.cronkeeper.gui.testing.GuiTest;
import java.util.Map;
import javafx.scene.chart.ScatterChart;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The ping log of a check: live rows, bodies as text or hex, the kind filter and the duration chart. */
class PingsWindowTest extends GuiTest {
    @Test
    void bodiesShowAsTextOrAsHexDump() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "backup"));
        selectCheck(check.uuid());
        clickOn("#tabPings");
        server.ping(check.uuid(), "/start", "");
        server.ping(check.uuid(), "", "backup done: 12 files\n");
        server.ping(check.uuid(), "/fail", new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41});
        waitUntil("three pings listed live", () -> pingTable().getItems().size() == 3);
        // The failure turns the check down and the down banner opens above the tabs, pushing the
        // table down: a click aimed at a row while it opens lands on the row above (failed in CI).
        waitUntil("the down banner", () -> visible("#alertBanner"));
        WaitForAsyncUtils.waitForFxEvents();

        clickOn(pingRow(2));
        assertText("#bodyText", "backup done: 12 files\n");
        assertThat(text("#bodyInfo")).startsWith("Text (valid UTF-8)");

        clickOn(pingRow(3));
        waitUntil("the hex dump", () -> text("#bodyText").startsWith("00000000  ff fe 00 41"));
        assertThat(text("#bodyText")).contains("|...A|");
        assertThat(text("#bodyInfo")).startsWith("Not valid UTF-8");

        choose("#pingKindFilter", "Failure");
        waitUntil("only the failure", () -> pingTable().getItems().size() == 1);
        assertThat(pingTable().getItems().getFirst().n()).isEqualTo(3);
        waitUntil("the run in the chart", () -> chartPoints() == 1);
    }

    @Test
    void latin1TextIsReadableAsTextAndTheChartWaitsForRuns() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "legacy job"));
        selectCheck(check.uuid());
        clickOn("#tabPings");
        server.ping(check.uuid(), "", "Gr\u00fc\u00dfe aus K\u00f6ln\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        waitUntil("the ping", () -> pingTable().getItems().size() == 1);
        assertThat(visible("#durationChart")).as("no runs, no chart with made-up dates").isFalse();
        assertThat(visible("#durationEmpty")).isTrue();

        clickOn(pingRow(1));
        waitUntil("shown as hex first", () -> text("#bodyText").startsWith("00000000  47 72 fc df"));
        choose("#bodyEncoding", "Latin-1");
        assertText("#bodyText", "Gr\u00fc\u00dfe aus K\u00f6ln\n");

        server.ping(check.uuid(), "/start", "");
        server.ping(check.uuid(), "", "");
        waitUntil("the run charted", () -> visible("#durationChart") && chartPoints() == 1);
        javafx.scene.chart.NumberAxis axis = onFx(() -> (javafx.scene.chart.NumberAxis) ((ScatterChart<?, ?>) lookup("#durationChart").query()).getXAxis());
        long at = pingTable().getItems().getFirst().date().getEpochSecond();
        assertThat(onFx(() -> axis.getLowerBound() < at && at < axis.getUpperBound())).as("the axis spans the run").isTrue();
        String label = onFx(() -> axis.getTickLabelFormatter().toString(axis.getLowerBound()));
        assertThat(label).as("a clock time in local time").matches(".*\\d\\d:\\d\\d");
    }

    @Test
    void aBodyTheServerCutSaysHowMuchArrived() {
        Check check = api().createCheck(defaultProject(), Map.of("name", "chatty job"));
        selectCheck(check.uuid());
        clickOn("#tabPings");
        byte[] body = "x".repeat(10_240).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        server.ping(check.uuid(), "", body);
        waitUntil("the ping", () -> pingTable().getItems().size() == 1);
        clickOn(pingRow(1));
        assertText("#bodyInfo", "Text (valid UTF-8), first 10,000 of 10,240 bytes stored (the server keeps no more)");
        assertThat(text("#bodyText")).hasSize(10_000);
    }

    @SuppressWarnings("unchecked")
    private TableView<Ping> pingTable() {
        return (TableView<Ping>) lookup("#pings").query();
    }

    @SuppressWarnings("unchecked")
    private TableRow<Ping> pingRow(long n) {
        waitUntil("ping #" + n, () -> lookup("#pings .table-row-cell").queryAll().stream()
            .anyMatch(r -> ((TableRow<Ping>) r).getItem() != null && ((TableRow<Ping>) r).getItem().n() == n));
        return onFx(() -> lookup("#pings .table-row-cell").queryAll().stream().map(r -> (TableRow<Ping>) r)
            .filter(r -> r.getItem() != null && r.getItem().n() == n).findFirst().orElseThrow());
    }

    private int chartPoints() {
        ScatterChart<?, ?> chart = lookup("#durationChart").query();
        return chart.getData().stream().mapToInt(s -> s.getData().size()).sum();
    }
}
