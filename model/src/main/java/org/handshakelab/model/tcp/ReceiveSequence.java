package org.handshakelab.model.tcp;

/**
 * The receive sequence variables of RFC 9293 §3.3.1 (Figure 4).
 *
 * <pre>
 *      1          2          3
 * ----------|----------|----------
 *        RCV.NXT    RCV.NXT+RCV.WND
 * 1 - old sequence numbers already acknowledged, 2 - may be received, 3 - not yet allowed
 * </pre>
 *
 * The model's application reads every byte as soon as it is delivered, so RCV.WND stays at the
 * configured receive window.
 */
final class ReceiveSequence {
    /** IRS: the peer's initial sequence number; valid once {@link #synReceived}. */
    int irs;
    /** RCV.NXT: the next sequence number expected. */
    int nxt;
    /** RCV.WND. */
    int wnd;
    /** Whether the peer's SYN has been received (IRS and RCV.NXT are meaningful). */
    boolean synReceived;

    void reset(int window) {
        irs = 0;
        nxt = 0;
        wnd = window;
        synReceived = false;
    }

    void synchronize(int peerIsn) {
        irs = peerIsn;
        nxt = peerIsn + 1;
        synReceived = true;
    }
}
