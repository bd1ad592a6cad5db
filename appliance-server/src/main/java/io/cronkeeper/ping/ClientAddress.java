package io.cronkeeper.ping;

import io.cronkeeper.config.TrustedProxies;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The remote address and scheme recorded with a ping (reference §1.5 steps 3-4). Forwarded
 * headers are believed only from trusted proxies; otherwise the real peer and scheme are used.
 */
final class ClientAddress {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([^.]+\\.[^.]+\\.[^.]+\\.[^.:]+):[^.]*");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");

    private final TrustedProxies trusted;

    ClientAddress(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    Optional<String> remoteAddr(SocketAddress peer, Optional<String> forwardedFor) {
        Optional<InetAddress> peerAddress = peer instanceof InetSocketAddress isa && isa.getAddress() != null
            ? Optional.of(isa.getAddress()) : Optional.empty();
        if (forwardedFor.isPresent() && peerAddress.map(trusted::trusts).orElse(trusted.any())) {
            String first = forwardedFor.get().split(",", -1)[0];
            Optional<String> parsed = literal(first);
            if (parsed.isEmpty()) {
                var m = IPV4_WITH_PORT.matcher(first);
                if (m.matches()) {
                    parsed = literal(m.group(1));
                }
            }
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return peerAddress.map(ClientAddress::format);
    }

    String scheme(SocketAddress peer, boolean secure, Optional<String> forwardedProto) {
        boolean believe = peer instanceof InetSocketAddress isa && isa.getAddress() != null
            ? trusted.trusts(isa.getAddress()) : trusted.any();
        if (believe && forwardedProto.isPresent() && !forwardedProto.get().isEmpty()) {
            return forwardedProto.get();
        }
        return secure ? "https" : "http";
    }

    /** Parses an IP literal without ever asking DNS. */
    static Optional<String> literal(String s) {
        if (IPV4.matcher(s).matches()) {
            return Optional.of(s);
        }
        if (s.contains(":") && IPV6_CHARS.matcher(s).matches()) {
            try {
                InetAddress a = InetAddress.getByName(s);
                // Stored as given when it is a valid address, like Healthchecks' GenericIPAddressField.
                return Optional.of(a instanceof Inet6Address ? compress(a) : s);
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static String format(InetAddress a) {
        return a instanceof Inet6Address ? compress(a) : a.getHostAddress();
    }

    /** RFC 5952 form: lowercase, longest zero run as {@code ::}, no scope. */
    static String compress(InetAddress a) {
        byte[] b = a.getAddress();
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (words[i] == 0) {
                int j = i;
                while (j < 8 && words[j] == 0) {
                    j++;
                }
                if (j - i > bestLen && j - i > 1) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(words[i]));
        }
        return sb.toString();
    }
}
