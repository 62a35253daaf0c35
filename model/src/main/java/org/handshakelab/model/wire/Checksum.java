package org.handshakelab.model.wire;

/**
 * The Internet checksum of RFC 1071: the 16-bit one's complement of the one's complement sum of
 * 16-bit big-endian words. IPv4 uses it for its header (RFC 791 §3.1); TCP over a pseudo-header
 * (RFC 9293 §3.1 for IPv4, RFC 8200 §8.1 for IPv6).
 */
public final class Checksum {
    private Checksum() {
    }

    /**
     * Adds {@code length} bytes from {@code offset} to a running 32-bit-or-wider sum (not yet
     * folded). An odd last byte is padded with a zero byte on the right, as RFC 1071 says.
     */
    public static long add(long sum, byte[] data, int offset, int length) {
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF);
        }
        if (i < end) {
            sum += (data[i] & 0xFF) << 8;
        }
        return sum;
    }

    /** Folds the carries back in and complements: the value to put in the checksum field. */
    public static int finish(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    /** The checksum of one byte range, e.g. an IPv4 header with its checksum field zeroed. */
    public static int of(byte[] data, int offset, int length) {
        return finish(add(0, data, offset, length));
    }
}
