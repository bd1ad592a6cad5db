package io.cronkeeper.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Channel;
import io.cronkeeper.gui.client.Check;
import io.cronkeeper.gui.client.Flip;
import io.cronkeeper.gui.testing.GuiTest;
import io.cronkeeper.gui.testing.WebhookReceiver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The History tab over the real server: a fail ping's flip and the alert it queues show up live. */
class HistoryWindowTest extends GuiTest {
    static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aFailPingShowsItsFlipAndAlertLiveAndRefreshShowsTheDelivery() throws InterruptedException {
        String project = defaultProject();
        String hook = receiver.url();
        Channel channel = api().createChannel(project, "history hook", "webhook", Map.of("url", hook), false);
        Check check = api().createCheck(project, Map.of("name", "history"));
        api().assignChannels(check.uuid(), List.of(channel.uuid()));
        selectCheck(check.uuid());
        clickOn("#tabHistory");
        waitUntil("the empty history", () -> flips().getItems().isEmpty() && alerts().getItems().isEmpty());

        assertThat(server.ping(check.uuid(), "/fail", "exit 1")).isEqualTo(200);
        waitUntil("the flip, live", () -> flips().getItems().size() == 1);
        Flip flip = onFx(() -> flips().getItems().getFirst());
        assertThat(List.of(flip.oldStatus(), flip.newStatus(), flip.reason())).containsExactly("new", "down", "fail");
        waitUntil("the drawn change", () -> statusLabels().size() == 2);
        assertThat(onFx(() -> statusLabels().stream().map(Label::getText).toList()))
            .containsExactly("\u25CB  new", "\u2716  down");
        assertThat(onFx(() -> statusLabels().get(1).getPseudoClassStates())).contains(PseudoClass.getPseudoClass("down"));
        assertThat(onFx(() -> cell("#flips", "col-flipTime").getText())).isEqualTo("just now");
        assertThat(onFx(() -> cell("#flips", "col-flipTime").getTooltip().getText())).matches("\\d{4}-\\d\\d-\\d\\d .*");

        waitUntil("the queued alert, live", () -> alerts().getItems().size() == 1);
        AlertRow alert = onFx(() -> alerts().getItems().getFirst());
        assertThat(alert.channel()).isEqualTo("history hook");
        assertThat(alert.kind()).isEqualTo("down");

        // Delivery happens on the server with no event; Refresh shows it.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!api().notifications(check.uuid()).getFirst().state().equals("sent") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(receiver.received()).hasSize(1);
        clickOn("#refreshHistory");
        waitUntil("the delivered alert", () -> alerts().getItems().getFirst().state().equals("sent"));
        alert = onFx(() -> alerts().getItems().getFirst());
        assertThat(alert.attempts()).isEqualTo(1);
        assertThat(alert.nextAttempt()).isEmpty();
        assertThat(alert.finished()).isPresent();
        // The row's item changes first, its cell is redrawn at the next pulse (read between them once in CI).
        waitUntil("the drawn state", () -> cell("#notifications", "col-state").getText().equals("sent"));
    }

    @SuppressWarnings("unchecked")
    private TableView<Flip> flips() {
        return (TableView<Flip>) lookup("#flips").query();
    }

    @SuppressWarnings("unchecked")
    private TableView<AlertRow> alerts() {
        return (TableView<AlertRow>) lookup("#notifications").query();
    }

    private List<Label> statusLabels() {
        return lookup("#flips .status").queryAll().stream().map(n -> (Label) n).toList();
    }

    /** The first row's cell of the column with {@code columnId}. */
    private TableCell<?, ?> cell(String table, String columnId) {
        return lookup(table + " .table-cell").queryAll().stream().map(n -> (TableCell<?, ?>) n)
            .filter(c -> c.getIndex() == 0 && c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
            .findFirst().orElseThrow();
    }
}
