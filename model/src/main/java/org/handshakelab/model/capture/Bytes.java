package org.handshakelab.model.capture;

/** Reading unsigned integers of either byte order from a byte array. */
final class Bytes {
    private Bytes() {
    }

    static int u16(byte[] b, int i, boolean big) {
        return big ? ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF) : ((b[i + 1] & 0xFF) << 8) | (b[i] & 0xFF);
    }

    static int i32(byte[] b, int i, boolean big) {
        return big
                ? ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF)
                : ((b[i + 3] & 0xFF) << 24) | ((b[i + 2] & 0xFF) << 16) | ((b[i + 1] & 0xFF) << 8) | (b[i] & 0xFF);
    }

    static long u32(byte[] b, int i, boolean big) {
        return Integer.toUnsignedLong(i32(b, i, big));
    }

    static int be16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    static int be32(byte[] b, int i) {
        return i32(b, i, true);
    }
}
