package org.handshakelab.model.tcp;

/**
 * The user calls OPEN, SEND, CLOSE and ABORT, state by state, as RFC 9293 §3.10.1-§3.10.5 gives
 * them. A call the state does not allow returns the RFC's error; it never throws.
 */
final class UserCalls {
    static final String DOES_NOT_EXIST = "connection does not exist";
    static final String ALREADY_EXISTS = "connection already exists";
    static final String CLOSING = "connection closing";

    private UserCalls() {
    }

    static CallResult handle(Endpoint ep, AppCall call) {
        if (call instanceof AppCall.Listen l) {
            return listen(ep, l.isn());
        } else if (call instanceof AppCall.Connect c) {
            return connect(ep, c.isn());
        } else if (call instanceof AppCall.Send s) {
            return send(ep, s.dataView());
        } else if (call instanceof AppCall.Close) {
            return close(ep);
        } else {
            return abort(ep);
        }
    }

    /** Passive OPEN (§3.10.1): only from CLOSED. */
    private static CallResult listen(Endpoint ep, Long isn) {
        if (ep.state != State.CLOSED) {
            return CallResult.error(ALREADY_EXISTS);
        }
        ep.clearConnection();
        ep.listenIsn = isn;
        ep.passiveOpen = true;
        ep.setState(State.LISTEN, "application called listen");
        return CallResult.OK;
    }

    /** Active OPEN (§3.10.1): from CLOSED, or from LISTEN ("change the connection from passive to active"). */
    private static CallResult connect(Endpoint ep, Long isn) {
        switch (ep.state) {
            case CLOSED -> {
                ep.clearConnection();
                ep.openActive(isn, "application called connect");
                return CallResult.OK;
            }
            case LISTEN -> {
                ep.openActive(isn != null ? isn : ep.listenIsn, "application called connect on a listening endpoint");
                return CallResult.OK;
            }
            default -> {
                return CallResult.error(ALREADY_EXISTS);
            }
        }
    }

    /** SEND (§3.10.2). */
    private static CallResult send(Endpoint ep, byte[] data) {
        switch (ep.state) {
            case CLOSED -> {
                return CallResult.error(DOES_NOT_EXIST);
            }
            case LISTEN -> {
                // "If the foreign socket is specified, then change the connection from passive to
                // active, select an ISS. Send a SYN segment ... Enter SYN-SENT state." Data waits
                // for ESTABLISHED.
                ep.snd.append(data);
                ep.openActive(ep.listenIsn, "application called send on a listening endpoint");
                return CallResult.OK;
            }
            case SYN_SENT, SYN_RECEIVED -> {
                if (ep.closePending) {
                    return CallResult.error(CLOSING);
                }
                ep.snd.append(data); // queued for transmission after entering ESTABLISHED
                return CallResult.OK;
            }
            case ESTABLISHED, CLOSE_WAIT -> {
                ep.snd.append(data); // segmentized by Output within the peer's window
                return CallResult.OK;
            }
            default -> {
                return CallResult.error(CLOSING);
            }
        }
    }

    /** CLOSE (§3.10.4): a half-close, "I have no more to send". */
    private static CallResult close(Endpoint ep) {
        switch (ep.state) {
            case CLOSED -> {
                return CallResult.error(DOES_NOT_EXIST);
            }
            case LISTEN, SYN_SENT -> {
                // LISTEN: delete the TCB. SYN-SENT: delete the TCB; no RST is sent.
                ep.toClosed("application called close");
                return CallResult.OK;
            }
            case SYN_RECEIVED -> {
                if (ep.closePending) {
                    return CallResult.error(CLOSING);
                }
                if (ep.snd.buffered() == 0) {
                    // "If no SENDs have been issued and there is no pending data to send, then
                    // form a FIN segment and send it, and enter FIN-WAIT-1 state"
                    ep.snd.finQueued = true;
                    ep.setState(State.FIN_WAIT_1, "application called close");
                } else {
                    ep.closePending = true; // "queue for processing after entering ESTABLISHED"
                }
                return CallResult.OK;
            }
            case ESTABLISHED -> {
                // "Queue this until all preceding SENDs have been segmentized, then form a FIN
                // segment and send it. In any case, enter FIN-WAIT-1 state."
                ep.snd.finQueued = true;
                ep.setState(State.FIN_WAIT_1, "application called close");
                return CallResult.OK;
            }
            case CLOSE_WAIT -> {
                ep.snd.finQueued = true;
                ep.setState(State.LAST_ACK, "application called close");
                return CallResult.OK;
            }
            default -> {
                // FIN-WAIT-1/2: "strictly speaking, this is an error"; CLOSING, LAST-ACK, TIME-WAIT too
                return CallResult.error(CLOSING);
            }
        }
    }

    /** ABORT (§3.10.5). */
    private static CallResult abort(Endpoint ep) {
        switch (ep.state) {
            case CLOSED -> {
                return CallResult.error(DOES_NOT_EXIST);
            }
            case SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT -> {
                // "Send a reset segment: <SEQ=SND.NXT><CTL=RST>"
                ep.send(ep.segment(ep.snd.nxt, 0, Flags.RST, null), false);
                ep.toClosed("application called abort");
                return CallResult.OK;
            }
            default -> {
                // LISTEN, SYN-SENT: no segment; CLOSING, LAST-ACK, TIME-WAIT: "respond with ok"
                ep.toClosed("application called abort");
                return CallResult.OK;
            }
        }
    }
}
