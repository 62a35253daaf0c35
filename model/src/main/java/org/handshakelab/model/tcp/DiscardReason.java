package org.handshakelab.model.tcp;

/** Why a receiver threw an arriving segment away (after perhaps answering it). */
public enum DiscardReason {
    /** No connection (CLOSED) for the port, RFC 9293 §3.10.7.1; answered with a reset unless it was one. */
    NO_CONNECTION,
    /** Fails the four-case sequence acceptability test of §3.10.7.4; answered with an ACK unless RST. */
    UNACCEPTABLE_SEQUENCE,
    /** An ACK for something not yet sent, or unacceptable in SYN-SENT/LISTEN (§3.10.7.2, §3.10.7.3). */
    UNACCEPTABLE_ACK,
    /** Wholly old data already received (a duplicate); answered with an ACK. */
    DUPLICATE,
    /** A RST that the state ignores (LISTEN, unacceptable RST, TIME-WAIT under RFC 1337). */
    RST_IGNORED,
    /** Any other segment the state's rules say to drop (e.g. no ACK bit in a synchronized state). */
    IGNORED
}
