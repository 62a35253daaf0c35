package org.handshakelab.model.tcp;

/** The timers an endpoint runs; each is reported in the trace when set, cancelled or fired. */
public enum TimerKind {
    /** Retransmission of SYN, SYN,ACK, data and FIN (RFC 9293 §3.8.1, RFC 6298). */
    RETRANSMISSION,
    /** The 2 x MSL wait in TIME-WAIT (RFC 9293 §3.4.2, §3.10.8). */
    TIME_WAIT,
    /** The delayed-ACK timer (RFC 9293 §3.8.6.3, RFC 1122 §4.2.3.2), off by default. */
    DELAYED_ACK
}
