package org.handshakelab.model.tcp;

/**
 * An immutable copy of an endpoint's variables at one moment (RFC 9293 §3.3.1), for inspectors
 * and sandboxes. Sequence numbers are unsigned (0 .. 2^32-1); IRS and RCV.NXT are meaningful only
 * once the peer's SYN has arrived ({@code synReceived}).
 */
public record EndpointSnapshot(Side side, State state, long iss, long sndUna, long sndNxt, int sndWnd,
                               boolean synReceived, long irs, long rcvNxt, int rcvWnd, int bytesQueued,
                               int bytesInFlight, int outOfOrderSegments, Timer timer, long delayedAckDeadline) {
}
