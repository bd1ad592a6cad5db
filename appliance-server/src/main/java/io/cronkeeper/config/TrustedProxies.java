package io.cronkeeper.config;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers are believed. Healthchecks
 * believes everyone, and so does the default {@code any}; a list of addresses and CIDR blocks
 * limits it to those peers.
 */
public record TrustedProxies(boolean any, List<Block> blocks) {

    public static TrustedProxies anyone() {
        return new TrustedProxies(true, List.of());
    }

    public static TrustedProxies parse(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("any") || trimmed.equals("*")) {
            return anyone();
        }
        var blocks = new ArrayList<Block>();
        for (String part : trimmed.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                blocks.add(Block.parse(part));
            }
        }
        return new TrustedProxies(false, List.copyOf(blocks));
    }

    public boolean trusts(InetAddress peer) {
        return any || blocks.stream().anyMatch(b -> b.contains(peer));
    }

    @Override
    public String toString() {
        return any ? "any" : blocks.isEmpty() ? "none" : String.join(",", blocks.stream().map(Block::toString).toList());
    }

    /** An address with a prefix length; a bare address is a block of one. */
    public record Block(InetAddress network, int prefix) {
        static Block parse(String text) {
            int slash = text.indexOf('/');
            String host = slash < 0 ? text : text.substring(0, slash);
            // Literals only: anything else would make InetAddress ask DNS (e.g. "cafe") or guess ("10.1").
            if (!isIpv4Literal(host) && !(host.contains(":") && host.matches("[0-9a-fA-F:.]+"))) {
                throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR block");
            }
            InetAddress address;
            try {
                address = InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR block");
            }
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("'" + text + "' has a bad prefix length");
                }
            }
            return new Block(address, prefix);
        }

        private static boolean isIpv4Literal(String host) {
            if (!host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                return false;
            }
            for (String octet : host.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
            return true;
        }

        boolean contains(InetAddress peer) {
            byte[] a = normalise(peer).getAddress();
            byte[] n = network.getAddress();
            if (a.length != n.length) {
                return false;
            }
            int bits = a.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .shiftRight(prefix).not();
            return new BigInteger(1, a).and(mask).equals(new BigInteger(1, n).and(mask));
        }

        /** An IPv4 peer on a dual-stack socket shows up as {@code ::ffff:a.b.c.d}. */
        private static InetAddress normalise(InetAddress peer) {
            byte[] b = peer.getAddress();
            if (b.length == 16) {
                boolean mapped = true;
                for (int i = 0; i < 10; i++) {
                    mapped &= b[i] == 0;
                }
                mapped &= b[10] == (byte) 0xff && b[11] == (byte) 0xff;
                if (mapped) {
                    try {
                        return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16));
                    } catch (UnknownHostException e) {
                        return peer;
                    }
                }
            }
            return peer;
        }

        @Override
        public String toString() {
            return network.getHostAddress() + "/" + prefix;
        }
    }
}
