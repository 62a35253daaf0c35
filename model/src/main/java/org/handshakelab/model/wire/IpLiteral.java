package org.handshakelab.model.wire;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Parses IP address literals, never host names: no lookup ever leaves the machine.
 * IPv4 is parsed here (four decimal octets); IPv6 is handed to {@link InetAddress#getByName} only
 * when the text contains a colon, which makes the JDK treat it as a literal and never resolve it.
 * Zone ids ({@code %eth0}) are refused because resolving them consults the network interfaces.
 */
public final class IpLiteral {
    private IpLiteral() {
    }

    /**
     * @throws IllegalArgumentException if the text is not an IPv4 or IPv6 literal
     */
    public static InetAddress parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty IP address");
        }
        String s = text.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        try {
            if (s.indexOf(':') >= 0) {
                if (s.indexOf('%') >= 0) {
                    throw new IllegalArgumentException("IPv6 zone ids are not supported: " + text);
                }
                if (!s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                    throw new IllegalArgumentException("not an IPv6 literal: " + text);
                }
                InetAddress a = InetAddress.getByName(s);
                if (a instanceof Inet4Address) {
                    // "::ffff:1.2.3.4" is returned as IPv4 by the JDK; keep the caller's family.
                    byte[] mapped = new byte[16];
                    mapped[10] = (byte) 0xFF;
                    mapped[11] = (byte) 0xFF;
                    System.arraycopy(a.getAddress(), 0, mapped, 12, 4);
                    return Inet6Address.getByAddress(null, mapped, -1);
                }
                return a;
            }
            return InetAddress.getByAddress(parseIpv4(s, text));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: " + text, e);
        }
    }

    private static byte[] parseIpv4(String s, String original) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IP address literal: " + original);
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not an IP address literal: " + original);
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                throw new IllegalArgumentException("octet out of range in " + original);
            }
            out[i] = (byte) v;
        }
        return out;
    }

    /**
     * The text form of an address: dotted decimal for IPv4, and for IPv6 the canonical form of
     * RFC 5952 §4 (lower case, no leading zeros, the longest run of two or more zero groups
     * shortened to {@code ::}), which the JDK's {@code getHostAddress} does not produce.
     */
    public static String format(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length == 4) {
            return address.getHostAddress();
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((a[2 * i] & 0xFF) << 8) | (a[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder b = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLength - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(Integer.toHexString(groups[i]));
        }
        return b.toString();
    }
}
