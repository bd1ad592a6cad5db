package io.cronkeeper.alert;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whether an alert may be sent to a host. By default anything goes: home labs run ntfy and Gotify
 * on the LAN. With {@code alerts-private-networks=forbid} the host is resolved and refused when any
 * of its addresses is loopback, link-local, private (RFC 1918, fc00::/7), CGNAT or unspecified, so
 * that a channel config cannot make the server probe its own network.
 *
 * <p>The HTTP client resolves the name again when it connects; a DNS answer that changes in between
 * (rebinding) is not caught. Redirects are never followed, so they cannot lead around the check.
 */
public final class TargetPolicy {
    private final boolean allowPrivate;

    public TargetPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Empty when the URL's host may be contacted; otherwise the result to report instead. */
    public Optional<DeliveryResult> refusal(URI uri) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of(DeliveryResult.failed(OptionalInt.empty(), "URL has no host", false));
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            // DNS trouble is often passing; a later try may resolve.
            return Optional.of(DeliveryResult.failed(OptionalInt.empty(), "cannot resolve host " + host, true));
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                // An address looked up from a literal has no host name: its toString() starts with "/".
                String of = a.toString().startsWith("/") ? "" : " (of " + host + ")";
                return Optional.of(DeliveryResult.failed(OptionalInt.empty(), "target address " + a.getHostAddress()
                    + of + " is on a private network (set alerts-private-networks=allow to permit)", false));
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        InetAddress a = embeddedIpv4(address).orElse(address);
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
            || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && (second & 0xc0) == 64;  // 0/8, CGNAT 100.64/10
        }
        return (b[0] & 0xfe) == 0xfc;  // unique local fc00::/7
    }

    /** IPv4 hidden in IPv6: compatible {@code ::a.b.c.d} and NAT64 {@code 64:ff9b::a.b.c.d}. */
    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address v6)) {
            return Optional.empty();
        }
        byte[] b = v6.getAddress();
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        boolean zeroPrefix = true;
        for (int i = 4; i < 12; i++) {
            zeroPrefix &= b[i] == 0;
        }
        if (!zeroPrefix || !(nat64 || v6.isIPv4CompatibleAddress())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
