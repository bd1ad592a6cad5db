package io.cronkeeper.gui.pings;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.client.Calls;
import io.cronkeeper.gui.client.CheckStatus;
import io.cronkeeper.gui.client.Ping;
import io.cronkeeper.gui.client.PingBody;
import io.cronkeeper.gui.client.PingKind;
import io.cronkeeper.gui.client.ServerEvent;
import io.cronkeeper.gui.client.Workspace;
import io.cronkeeper.gui.testing.FakeClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PingsViewModelTest {
    private final FakeClient client = new FakeClient();
    private Workspace workspace;
    private PingsViewModel vm;

    static Ping ping(long n, PingKind kind, long bodySize, double duration) {
        return new Ping(n, kind, Instant.parse("2026-01-15T12:00:00Z").plusSeconds(n * 60), "http", "10.0.0.5", "POST",
            "curl/8", "", OptionalInt.empty(), duration > 0 ? OptionalDouble.of(duration) : OptionalDouble.empty(), bodySize, bodySize);
    }

    @BeforeEach
    void setUp() {
        client.checks.put("c1", FakeClient.check("c1", "p1", "Backup", CheckStatus.UP));
        client.pings.put("c1", new ArrayList<>(List.of(ping(3, PingKind.FAIL, 4, 12.5), ping(2, PingKind.SUCCESS, 5, 3.0),
            ping(1, PingKind.START, 0, 0))));
        client.bodies.put("c1/2", new PingBody("hello".getBytes(StandardCharsets.UTF_8), true));
        client.bodies.put("c1/3", new PingBody(new byte[] {(byte) 0xff, 0, 'A', '\n'}, false));
        workspace = new Workspace(client, Calls.synchronous(), Clock.systemUTC());
        vm = new PingsViewModel(workspace);
        vm.show(Optional.of(client.checks.get("c1")));
    }

    @Test
    void textBodiesAreShownAsTextOthersAsHex() {
        vm.select(Optional.of(vm.visible().get(1)));
        assertThat(vm.bodyText().get()).isEqualTo("hello");
        assertThat(vm.bodyInfo().get()).isEqualTo("Text (valid UTF-8), 5 bytes");
        assertThat(vm.encoding().get()).isEqualTo(BodyEncoding.UTF8);
        vm.select(Optional.of(vm.visible().get(0)));
        assertThat(vm.bodyText().get()).isEqualTo(
            "00000000  ff 00 41 0a                                       |..A.|\n00000004\n");
        assertThat(vm.bodyInfo().get()).isEqualTo("Not valid UTF-8, 4 bytes");
        assertThat(vm.encoding().get()).isEqualTo(BodyEncoding.HEX);
        vm.select(Optional.of(vm.visible().get(2)));
        assertThat(vm.bodyText().get()).isEmpty();
        assertThat(vm.bodyInfo().get()).isEqualTo("Ping #1 has no body.");
    }

    @Test
    void filtersByKindAndChartsFinishedRuns() {
        vm.kind().set(PingKindFilter.FAIL);
        assertThat(vm.visible()).extracting(Ping::n).containsExactly(3L);
        assertThat(vm.durations()).extracting(DurationPoint::seconds, DurationPoint::failed)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(3.0, false), org.assertj.core.groups.Tuple.tuple(12.5, true));
    }

    @Test
    void aPingOfThisCheckReloadsTheLogOthersDoNot() {
        client.pings.get("c1").addFirst(ping(4, PingKind.LOG, 0, 0));
        workspace.apply(new ServerEvent.PingReceived("p1", "other", ping(9, PingKind.SUCCESS, 0, 0), Optional.empty()));
        assertThat(vm.visible()).hasSize(3);
        workspace.apply(new ServerEvent.PingReceived("p1", "c1", ping(4, PingKind.LOG, 0, 0), Optional.empty()));
        assertThat(vm.visible()).extracting(Ping::n).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void savesTheBodyByteForByte(@TempDir Path dir) throws Exception {
        vm.select(Optional.of(vm.visible().get(0)));
        assertThat(vm.suggestedFileName()).isEqualTo("ping-3.bin");
        vm.saveBody(dir.resolve("out.bin"));
        assertThat(Files.readAllBytes(dir.resolve("out.bin"))).containsExactly(0xff, 0, 'A', '\n');
    }

    @Test
    void latin1TextCanBeReadAsTextAndTheChoiceRedrawsTheBody() {
        client.pings.get("c1").addFirst(ping(4, PingKind.LOG, 11, 0));
        client.bodies.put("c1/4", new PingBody("Gr\u00fc\u00dfe, K\u00e4se".getBytes(StandardCharsets.ISO_8859_1), false));
        vm.reload();
        vm.select(Optional.of(vm.visible().getFirst()));
        assertThat(vm.encoding().get()).isEqualTo(BodyEncoding.HEX);
        vm.encoding().set(BodyEncoding.LATIN1);
        assertThat(vm.bodyText().get()).isEqualTo("Gr\u00fc\u00dfe, K\u00e4se");
        vm.encoding().set(BodyEncoding.UTF8);
        assertThat(vm.bodyText().get()).contains("\ufffd");
        vm.encoding().set(BodyEncoding.HEX);
        assertThat(vm.bodyText().get()).startsWith("00000000  47 72 fc df");
    }

    @Test
    void aBodyCutByTheServersLimitSaysHowMuchArrived() {
        byte[] stored = new byte[10_000];
        java.util.Arrays.fill(stored, (byte) 'x');
        client.pings.get("c1").addFirst(new Ping(5, PingKind.SUCCESS, Instant.parse("2026-01-15T13:00:00Z"), "http",
            "10.0.0.5", "POST", "curl/8", "", OptionalInt.empty(), OptionalDouble.empty(), 10_000, 10_240));
        client.bodies.put("c1/5", new PingBody(stored, true));
        vm.reload();
        vm.select(Optional.of(vm.visible().getFirst()));
        assertThat(vm.bodyInfo().get()).isEqualTo("Text (valid UTF-8), first 10,000 of 10,240 bytes stored (the server keeps no more)");
    }
}
