package io.cronkeeper.alert;

import static io.cronkeeper.alert.EmailNotifierTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.channel.ChannelKind;
import java.net.InetAddress;
import java.net.URI;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** alerts-private-networks=forbid: no alert request reaches the server's own networks. */
class TargetPolicyTest {
    private static final String REFUSED = "target address %s is on a private network (set alerts-private-networks=allow to permit)";

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.10", "127.0.0.1",
        "127.8.9.10", "169.254.169.254", "100.64.0.1", "100.127.255.255", "0.0.0.0", "224.0.0.1", "::1", "::",
        "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:192.168.1.1", "::10.0.0.1", "64:ff9b::a00:1"})
    void privateAddresses(String literal) throws Exception {
        assertThat(TargetPolicy.isPrivate(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.63.255.255", "100.128.0.1",
        "192.169.0.1", "2001:4860:4860::8888", "2a00:1450::1", "64:ff9b::808:808"})
    void publicAddresses(String literal) throws Exception {
        assertThat(TargetPolicy.isPrivate(InetAddress.getByName(literal))).isFalse();
    }

    @Test
    void forbiddenPrivateTargetIsRefusedBeforeAnyRequest() throws Exception {
        try (var receiver = new Receiver(); var notifiers = Alerts.notifiers(Alerts.settings().withPrivateTargets(false))) {
            DeliveryResult r = notifiers.forKind(ChannelKind.NTFY)
                .deliver(Alerts.down(), json("{\"server\": \"" + receiver.base() + "\", \"topic\": \"t\"}"));
            assertThat(r).isEqualTo(DeliveryResult.failed(OptionalInt.empty(), REFUSED.formatted("127.0.0.1"), false));
            assertThat(receiver.requests()).isEmpty();
        }
    }

    @Test
    void namesAreResolvedAndTheNameIsShown() {
        var r = new TargetPolicy(false).refusal(URI.create("http://localhost:9/x"));
        assertThat(r).isPresent();
        assertThat(r.get().error()).endsWith(" (of localhost) is on a private network (set alerts-private-networks=allow to permit)");
        assertThat(r.get().retryable()).isFalse();
    }

    @Test
    void ipv6LiteralsAreChecked() {
        assertThat(new TargetPolicy(false).refusal(URI.create("http://[fd00::5]:8080/")))
            .hasValue(DeliveryResult.failed(OptionalInt.empty(), REFUSED.formatted("fd00:0:0:0:0:0:0:5"), false));
    }

    @Test
    void privateTargetsAreAllowedByDefault() throws Exception {
        try (var receiver = new Receiver(); var notifiers = Alerts.notifiers(Alerts.settings())) {
            DeliveryResult r = notifiers.forKind(ChannelKind.GOTIFY)
                .deliver(Alerts.down(), json("{\"server\": \"" + receiver.base() + "\", \"token\": \"t\"}"));
            assertThat(r.delivered()).isTrue();
            assertThat(receiver.requests()).hasSize(1);
        }
    }
}
