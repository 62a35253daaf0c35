package org.handshakelab.model.capture;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered view of a capture stream that lets readers parse headers and packets in place, and
 * knows the file offset of every byte. The buffer never grows: its size is fixed at construction
 * from {@link CaptureLimits}, so no length read from the file can cause an allocation.
 */
final class CaptureInput {
    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int limit;
    private long base;
    private boolean eof;

    CaptureInput(InputStream in, int capacity) {
        this.in = in;
        this.buf = new byte[capacity];
    }

    /** File offset of the next unread byte. */
    long position() {
        return base + pos;
    }

    byte[] buffer() {
        return buf;
    }

    /** Index in {@link #buffer()} of the next unread byte. */
    int offset() {
        return pos;
    }

    int capacity() {
        return buf.length;
    }

    /**
     * Makes {@code n} bytes (at most the capacity) available from {@link #offset()}; returns how
     * many are available, less than {@code n} only at end of stream.
     */
    int ensure(int n) throws IOException {
        if (n > buf.length) {
            throw new IllegalArgumentException("request beyond buffer capacity");
        }
        if (limit - pos >= n) {
            return n;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < n && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return Math.min(n, limit);
    }

    void advance(int n) {
        pos += n;
    }

    /** Skips {@code n} bytes; returns how many could be skipped before end of stream. */
    long skip(long n) throws IOException {
        long buffered = Math.min(n, limit - pos);
        pos += (int) buffered;
        long left = n - buffered;
        while (left > 0) {
            int got = ensure((int) Math.min(left, buf.length));
            if (got == 0) {
                break;
            }
            pos += got;
            left -= got;
        }
        return n - left;
    }
}
