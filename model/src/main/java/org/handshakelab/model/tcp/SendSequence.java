package org.handshakelab.model.tcp;

import java.util.ArrayDeque;

/**
 * The send sequence variables of RFC 9293 §3.3.1 (Figure 3) and the bytes behind them.
 *
 * <pre>
 *      1         2          3          4
 * ----------|----------|----------|----------
 *        SND.UNA    SND.NXT    SND.UNA+SND.WND
 * 1 - acknowledged, 2 - sent and not yet acknowledged, 3 - may be sent, 4 - not yet allowed
 * </pre>
 *
 * The buffer holds the data from the first unacknowledged byte ({@link #dataSeq}) to the last byte
 * the application handed over; bytes before SND.NXT are in flight, bytes after it wait. A FIN, once
 * the application closed, sits after the last byte ({@link #finSeq}).
 */
final class SendSequence {
    /** ISS: our initial send sequence number. */
    int iss;
    /** SND.UNA: oldest unacknowledged sequence number. */
    int una;
    /** SND.NXT: next sequence number to send. */
    int nxt;
    /** The highest SND.NXT so far, to tell a retransmission from a first transmission. */
    int max;
    /** SND.WND: the window the peer advertised. */
    int wnd;
    /** SND.WL1, SND.WL2: segment sequence and acknowledgment numbers of the last window update. */
    int wl1;
    int wl2;

    /** The application closed: a FIN follows the data (RFC 9293 §3.10.4). */
    boolean finQueued;
    /** The FIN has been sent at {@link #finSeq}. */
    boolean finSent;
    int finSeq;

    /**
     * The application's data, not copied: each SEND's array, owned by its {@link AppCall.Send}
     * and never changed, is referenced until every byte of it is acknowledged.
     */
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    /** Where in the first chunk the first unacknowledged byte is. */
    private int headOffset;
    private byte[] scratch = new byte[0];
    private int buffered;
    /** The sequence number of the first data byte not yet acknowledged. */
    int dataSeq;

    /** New sequence variables from ISS; data queued before the SYN (SEND in LISTEN) stays queued. */
    void reset(int iss) {
        this.iss = iss;
        una = iss;
        nxt = iss;
        max = iss;
        wnd = 0;
        wl1 = 0;
        wl2 = 0;
        finQueued = false;
        finSent = false;
        finSeq = 0;
        dataSeq = iss + 1;
    }

    void clearData() {
        chunks.clear();
        headOffset = 0;
        buffered = 0;
    }

    /** Bytes handed over and not yet acknowledged (in flight plus waiting). */
    int buffered() {
        return buffered;
    }

    /** Bytes the application handed over that have not been sent yet. */
    int unsent() {
        int inFlight = Seq.lt(nxt, dataSeq) ? 0 : nxt - dataSeq;
        return Math.max(0, buffered - inFlight);
    }

    /** Queues a SEND's data; the array must never change afterwards. */
    void append(byte[] data) {
        if (data.length > 0) {
            chunks.addLast(data);
            buffered += data.length;
        }
    }

    /**
     * {@code length} bytes starting at sequence number {@code seq}, in a scratch array of exactly
     * that length that is reused by the next call: the caller must copy it (a {@link Segment} does).
     */
    byte[] copy(int seq, int length) {
        if (scratch.length != length) {
            scratch = new byte[length];
        }
        byte[] out = scratch;
        int skip = headOffset + (seq - dataSeq);
        int written = 0;
        for (byte[] chunk : chunks) {
            if (skip >= chunk.length) {
                skip -= chunk.length;
                continue;
            }
            int n = Math.min(chunk.length - skip, length - written);
            System.arraycopy(chunk, skip, out, written, n);
            written += n;
            skip = 0;
            if (written == length) {
                break;
            }
        }
        return out;
    }

    /** Drops data acknowledged up to (not including) {@code ack}. */
    void acknowledge(int ack) {
        if (Seq.gt(ack, dataSeq)) {
            int n = Math.min(ack - dataSeq, buffered);
            buffered -= n;
            dataSeq += n;
            headOffset += n;
            while (!chunks.isEmpty() && headOffset >= chunks.peekFirst().length) {
                headOffset -= chunks.pollFirst().length;
            }
            if (chunks.isEmpty()) {
                headOffset = 0;
            }
        }
    }

    /** Whether our FIN has been sent and acknowledged. */
    boolean finAcked() {
        return finSent && Seq.gt(una, finSeq);
    }
}
