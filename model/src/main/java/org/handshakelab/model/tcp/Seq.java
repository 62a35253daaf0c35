package org.handshakelab.model.tcp;

/**
 * Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4). Sequence numbers are held in an
 * {@code int}; comparisons use the sign of the 32-bit difference, which is correct as long as the
 * two numbers are less than 2^31 apart, as they always are within one window.
 */
public final class Seq {
    private Seq() {
    }

    public static boolean lt(int a, int b) {
        return a - b < 0;
    }

    public static boolean le(int a, int b) {
        return a - b <= 0;
    }

    public static boolean gt(int a, int b) {
        return a - b > 0;
    }

    public static boolean ge(int a, int b) {
        return a - b >= 0;
    }

    /** {@code lo <= x < hi} in sequence space. */
    public static boolean inHalfOpen(int lo, int x, int hi) {
        return le(lo, x) && lt(x, hi);
    }

    /** {@code lo < x <= hi} in sequence space (the SYN-SENT ACK test of §3.10.7.3). */
    public static boolean inOpenClosed(int lo, int x, int hi) {
        return lt(lo, x) && le(x, hi);
    }

    /** The distance from {@code from} forward to {@code to}, 0 .. 2^32-1. */
    public static long distance(int from, int to) {
        return Integer.toUnsignedLong(to - from);
    }

    /** The number as people read it: unsigned, 0 .. 4294967295. */
    public static long unsigned(int seq) {
        return Integer.toUnsignedLong(seq);
    }
}
