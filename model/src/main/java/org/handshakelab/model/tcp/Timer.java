package org.handshakelab.model.tcp;

/**
 * The endpoint's main timer, as one value of mutually exclusive modes (as smoltcp does): at most
 * one of retransmission and TIME-WAIT runs at a time, because entering TIME-WAIT turns the other
 * timers off (RFC 9293 §3.10.7.4, eighth step). The delayed-ACK deadline is kept separately.
 */
public sealed interface Timer {

    Idle IDLE = new Idle();

    /** No timer runs. */
    record Idle() implements Timer {
    }

    /**
     * The retransmission timer (RFC 6298 §5).
     *
     * @param expiresAt when it fires
     * @param rto       the timeout it was started with (doubled on each expiry, §5.5)
     * @param tries     retransmissions already made of the earliest unacknowledged segment
     */
    record Retransmit(long expiresAt, long rto, int tries) implements Timer {
    }

    /** The 2 x MSL wait (RFC 9293 §3.10.8). */
    record TimeWait(long expiresAt) implements Timer {
    }
}
