package org.handshakelab.app.sandbox;

import org.handshakelab.model.tcp.Side;

/**
 * One thing the user did in the sandbox, at a virtual time.
 *
 * @param time   virtual milliseconds when it took effect
 * @param side   the lane it was made on (for network controls: the sending side whose segment is meant)
 * @param kind   what was done
 * @param detail the text sent, the fault's id, or the loss percentage; empty when there is none
 */
public record SandboxAction(long time, Side side, Kind kind, String detail) {

    /** Application calls (RFC 9293 §3.10.1–§3.10.5) and network controls. */
    public enum Kind { LISTEN, CONNECT, SEND, CLOSE, ABORT, DROP_NEXT, DELAY_NEXT, DUPLICATE_NEXT, RANDOM_LOSS }

    public SandboxAction {
        detail = detail == null ? "" : detail;
    }
}
