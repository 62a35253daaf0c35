package org.handshakelab.app.inspector;

/**
 * Recomputes the checksums of an encoded packet, independently of the encoder, so the inspector
 * can say "correct" only after checking: the Internet checksum of RFC 1071 over the IPv4 header
 * (RFC 791 §3.1) and over the TCP pseudo-header plus segment (RFC 9293 §3.1 for IPv4, RFC 8200
 * §8.1 for IPv6).
 *
 * @param stored   the value found in the packet
 * @param computed the value it should have
 */
public record ChecksumCheck(int stored, int computed) {
    private static final int PROTOCOL_TCP = 6;

    public boolean correct() {
        return stored == computed;
    }

    /** The TCP checksum check of an IPv4 or IPv6 packet (no IPv6 extension headers). */
    public static ChecksumCheck tcp(byte[] p) {
        int version = (p[0] & 0xF0) >>> 4;
        int tcpOffset;
        int tcpLength;
        long sum;
        if (version == 4) {
            tcpOffset = (p[0] & 0x0F) * 4;
            tcpLength = u16(p, 2) - tcpOffset;
            sum = add(0, p, 12, 8);               // source and destination addresses
            sum += PROTOCOL_TCP + tcpLength;      // zero, protocol, TCP length
        } else if (version == 6) {
            tcpOffset = 40;
            tcpLength = u16(p, 4);
            sum = add(0, p, 8, 32);               // source and destination addresses
            sum += tcpLength + PROTOCOL_TCP;      // upper-layer length (< 2^16 here), zeros, next header
        } else {
            throw new IllegalArgumentException("not an IP packet: version " + version);
        }
        int stored = u16(p, tcpOffset + 16);
        sum = add(sum, p, tcpOffset, 16);
        sum = add(sum, p, tcpOffset + 18, tcpLength - 18);
        return new ChecksumCheck(stored, finish(sum));
    }

    /** The IPv4 header checksum check; null for IPv6, which has none. */
    public static ChecksumCheck ipv4Header(byte[] p) {
        if ((p[0] & 0xF0) >>> 4 != 4) {
            return null;
        }
        int headerLength = (p[0] & 0x0F) * 4;
        long sum = add(0, p, 0, 10);
        sum = add(sum, p, 12, headerLength - 12);
        return new ChecksumCheck(u16(p, 10), finish(sum));
    }

    /** {@code 0x1c46}, as the inspector writes a checksum. */
    public static String hex(int value) {
        return String.format("0x%04x", value);
    }

    private static int u16(byte[] p, int at) {
        return ((p[at] & 0xFF) << 8) | (p[at + 1] & 0xFF);
    }

    /** RFC 1071 sum of big-endian 16-bit words; an odd last byte is padded with zero. */
    private static long add(long sum, byte[] p, int offset, int length) {
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            sum += u16(p, i);
        }
        if (i < end) {
            sum += (p[i] & 0xFF) << 8;
        }
        return sum;
    }

    private static int finish(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }
}
