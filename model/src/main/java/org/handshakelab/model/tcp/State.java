package org.handshakelab.model.tcp;

/**
 * The eleven connection states of RFC 9293 §3.3.2 (Figure 5). CLOSED is fictional: it means no
 * connection record (TCB) exists.
 */
public enum State {
    CLOSED,
    LISTEN,
    SYN_SENT,
    SYN_RECEIVED,
    ESTABLISHED,
    FIN_WAIT_1,
    FIN_WAIT_2,
    CLOSE_WAIT,
    CLOSING,
    LAST_ACK,
    TIME_WAIT;

    /** The spelling RFC 9293 uses, e.g. {@code SYN-SENT}. */
    public String rfcName() {
        return name().replace('_', '-');
    }

    /** States reached once the SYNs of both sides have been exchanged (RFC 9293 §3.10.7.4). */
    public boolean isSynchronized() {
        return ordinal() >= ESTABLISHED.ordinal();
    }
}
