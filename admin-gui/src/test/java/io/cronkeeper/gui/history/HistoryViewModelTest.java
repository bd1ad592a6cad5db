package io.cronkeeper.gui.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.Channel;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.ClientException;
import io.cronkeeper.gui.client.Flip;
import io.cronkeeper.gui.client.Notification;
import io.cronkeeper.gui.client.ServerEvent;
import io.cronkeeper.gui.client.Workspace;
import io.cronkeeper.gui.testing.FakeClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryViewModelTest {
    private static final Instant DOWN_AT = Instant.parse("2026-01-15T12:00:00Z");
    private static final Instant UP_AT = Instant.parse("2026-01-15T13:00:00Z");

    private final FakeClient client = new FakeClient();
    private Workspace workspace;
    private HistoryViewModel vm;

    static Notification pending(String channel, String kind, Instant due) {
        return new Notification(channel, kind, due, "pending", 1, Optional.of(due.plusSeconds(10)), Optional.empty());
    }

    static Notification sent(String channel, String kind, Instant due) {
        return new Notification(channel, kind, due, "sent", 1, Optional.empty(), Optional.of(due.plusSeconds(1)));
    }

    @BeforeEach
    void setUp() {
        client.checks.put("c1", FakeClient.check("c1", "p1", "Backup", CheckStatus.DOWN));
        client.checks.put("c2", FakeClient.check("c2", "p1", "Reports", CheckStatus.UP));
        client.channels.add(new Channel("ch1", "p1", "ops hook", "webhook", com.fasterxml.jackson.databind.node.NullNode.getInstance()));
        client.flips.put("c1", new ArrayList<>(List.of(new Flip(DOWN_AT, "new", "down", "fail"))));
        client.notifications.put("c1", new ArrayList<>(List.of(sent("ch1", "alert", DOWN_AT))));
        workspace = new Workspace(client, Calls.synchronous(), Clock.systemUTC());
        workspace.reload();
        vm = new HistoryViewModel(workspace);
        vm.show(Optional.of(client.checks.get("c1")));
    }

    @Test
    void selectingACheckLoadsItsFlipsAndAlertsWithChannelNamesAndWhatTheAlertSays() {
        assertThat(vm.flips()).extracting(Flip::oldStatus, Flip::newStatus, Flip::reason)
            .containsExactly(tuple("new", "down", "fail"));
        assertThat(vm.alerts()).extracting(AlertRow::channel, AlertRow::kind, AlertRow::state, AlertRow::attempts)
            .containsExactly(tuple("ops hook", "down", "sent", 1));

        client.flips.put("c2", List.of(new Flip(UP_AT, "new", "up", "")));
        vm.show(Optional.of(client.checks.get("c2")));
        assertThat(vm.flips()).extracting(Flip::newStatus).containsExactly("up");
        assertThat(vm.alerts()).isEmpty();
    }

    @Test
    void aFlipOfThisCheckReloadsFlipsOfOtherChecksDoNot() {
        client.flips.get("c1").addFirst(new Flip(UP_AT, "down", "up", ""));
        client.notifications.get("c1").addFirst(pending("ch1", "alert", UP_AT));
        workspace.apply(new ServerEvent.Flipped("p1", "c2", new Flip(UP_AT, "new", "up", ""), Optional.empty()));
        assertThat(vm.flips()).hasSize(1);

        workspace.apply(new ServerEvent.Flipped("p1", "c1", new Flip(UP_AT, "down", "up", ""), Optional.empty()));
        assertThat(vm.flips()).extracting(Flip::newStatus, Flip::reason).containsExactly(tuple("up", ""), tuple("down", "fail"));
        assertThat(vm.alerts()).extracting(AlertRow::kind, AlertRow::state, AlertRow::nextAttempt)
            .containsExactly(tuple("up", "pending", Optional.of(UP_AT.plusSeconds(10))), tuple("down", "sent", Optional.empty()));
    }

    @Test
    void refreshShowsWhatChangedOnTheServerAndNagsAndDeletedChannelsAreNamed() {
        client.notifications.get("c1").addFirst(sent("", "nag", DOWN_AT.plusSeconds(3600)));
        assertThat(vm.alerts()).hasSize(1);
        vm.reload();
        assertThat(vm.alerts()).extracting(AlertRow::channel, AlertRow::kind)
            .containsExactly(tuple(AlertRow.GONE, "nag"), tuple("ops hook", "down"));
    }

    @Test
    void alertsStillInFlightAreLookedAtAgainOnEachTick() {
        client.notifications.put("c1", new ArrayList<>(List.of(pending("ch1", "alert", DOWN_AT))));
        vm.reload();
        client.notifications.put("c1", List.of(sent("ch1", "alert", DOWN_AT)));
        workspace.tick();
        assertThat(vm.alerts()).extracting(AlertRow::state).containsExactly("sent");

        // Nothing in flight: a tick asks the server nothing.
        client.notifications.put("c1", List.of(sent("ch1", "alert", DOWN_AT), sent("ch1", "nag", UP_AT)));
        workspace.tick();
        assertThat(vm.alerts()).hasSize(1);
    }

    @Test
    void relativeTimesCountFromTheLastLoadNotFromAnOldTick() {
        var clock = new io.cronkeeper.gui.testing.ShiftedClock();
        var history = new HistoryViewModel(new Workspace(client, Calls.synchronous(), clock));
        clock.shift(java.time.Duration.ofHours(1));
        history.show(Optional.of(client.checks.get("c1")));
        assertThat(history.now().get()).isAfter(Instant.now().plus(java.time.Duration.ofMinutes(59)));
    }

    @Test
    void aServerWithoutTheOutboxStillShowsFlipsAndSaysWhyThereAreNoAlerts() {
        client.withoutOutbox = true;
        vm.reload();
        assertThat(vm.flips()).hasSize(1);
        assertThat(vm.alerts()).isEmpty();
        assertThat(vm.message().get()).isEqualTo(HistoryViewModel.NO_OUTBOX);
    }

    @Test
    void aFailedLoadIsShownAsTheServerSaidIt() {
        client.refuseNext(new ClientException.Unreachable("Cannot reach the server."));
        vm.reload();
        assertThat(vm.message().get()).isEqualTo("Cannot reach the server.");
        vm.reload();
        assertThat(vm.message().get()).isEmpty();
    }
}
