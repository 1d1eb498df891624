package org.chapterrelations.gateway.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** One address or CIDR range ({@code 10.0.0.0/8}, {@code ::1}), IPv4 or IPv6. */
record IpRange(byte[] network, int prefixBits) {

    static IpRange parse(String text) {
        String[] parts = text.split("/", 2);
        byte[] network = literal(parts[0]);
        if (network == null) {
            throw new IllegalArgumentException("Not an IP address or CIDR range: " + text);
        }
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
        if (bits < 0 || bits > network.length * 8) {
            throw new IllegalArgumentException("Bad prefix length in " + text);
        }
        return new IpRange(network, bits);
    }

    boolean contains(String address) {
        byte[] candidate = literal(address);
        if (candidate == null || candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixBits; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Parses IP literals only: never a DNS lookup (a header value must not trigger one). */
    static byte[] literal(String text) {
        String value = text.trim();
        boolean looksLikeIp = !value.isEmpty() && (value.contains(":") ? value.matches("[0-9A-Fa-f:.]+")
                : value.matches("\\d{1,3}(\\.\\d{1,3}){3}"));
        if (!looksLikeIp) {
            return null;
        }
        try {
            return InetAddress.getByName(value).getAddress();
        }
        catch (UnknownHostException ex) {
            return null;
        }
    }
}
