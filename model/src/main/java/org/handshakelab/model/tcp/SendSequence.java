package org.handshakelab.model.tcp;

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

    private byte[] buf = new byte[0];
    private int start;
    private int end;
    /** The sequence number of buf[start], the first data byte not yet acknowledged. */
    int dataSeq;

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
        // queued data survives a reset only when it was queued before the SYN (SEND in LISTEN)
    }

    void clearData() {
        buf = new byte[0];
        start = 0;
        end = 0;
    }

    /** Bytes handed over and not yet acknowledged (in flight plus waiting). */
    int buffered() {
        return end - start;
    }

    /** Bytes the application handed over that have not been sent yet. */
    int unsent() {
        int inFlight = Seq.lt(nxt, dataSeq) ? 0 : nxt - dataSeq;
        return Math.max(0, buffered() - inFlight);
    }

    void append(byte[] data) {
        if (data.length == 0) {
            return;
        }
        if (end + data.length > buf.length) {
            int live = end - start;
            int capacity = Math.max(buf.length, 1024);
            while (capacity < live + data.length) {
                capacity *= 2;
            }
            byte[] grown = capacity == buf.length ? buf : new byte[capacity];
            System.arraycopy(buf, start, grown, 0, live);
            buf = grown;
            start = 0;
            end = live;
        }
        System.arraycopy(data, 0, buf, end, data.length);
        end += data.length;
    }

    /** A copy of {@code length} bytes starting at sequence number {@code seq}. */
    byte[] copy(int seq, int length) {
        byte[] out = new byte[length];
        System.arraycopy(buf, start + (seq - dataSeq), out, 0, length);
        return out;
    }

    /** Drops data acknowledged up to (not including) {@code ack}. */
    void acknowledge(int ack) {
        if (Seq.gt(ack, dataSeq)) {
            int n = Math.min(ack - dataSeq, buffered());
            start += n;
            dataSeq += n;
            if (start == end) {
                start = 0;
                end = 0;
            }
        }
    }

    /** Whether our FIN has been sent and acknowledged. */
    boolean finAcked() {
        return finSent && Seq.gt(una, finSeq);
    }
}
