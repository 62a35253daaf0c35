package org.handshakelab.model.tcp;

/**
 * The retransmission timeout (RFC 9293 §3.8.1, §3.10.8; RFC 6298 §5.4-§5.6): resend the earliest
 * unacknowledged segment (SYN, SYN,ACK, data or FIN), double the RTO up to the maximum, and give
 * up with "connection timed out" after the configured number of retransmissions.
 */
final class Retransmission {
    private Retransmission() {
    }

    static void expired(Endpoint ep, Timer.Retransmit timer) {
        TcpSettings settings = ep.settings;
        if (timer.tries() >= settings.maxRetries()) {
            ep.timer = Timer.IDLE;
            ep.notifyApp("connection timed out");
            ep.toClosed("gave up after " + timer.tries() + " retransmissions");
            return;
        }
        resendEarliest(ep);
        long rto = Math.min(timer.rto() * 2, settings.maxRtoMillis()); // back off (RFC 6298 §5.5)
        ep.timer = new Timer.Retransmit(ep.now + rto, rto, timer.tries() + 1);
        ep.emit(new Effect.TimerStart(TimerKind.RETRANSMISSION, ep.now + rto));
    }

    /** "Retransmit the earliest segment that has not been acknowledged by the TCP receiver." */
    static void resendEarliest(Endpoint ep) {
        SendSequence snd = ep.snd;
        if (snd.una == snd.iss) {
            // our SYN is unacknowledged: a SYN, or a SYN,ACK once the peer's SYN is in
            if (ep.rcv.synReceived) {
                ep.send(ep.segment(snd.iss, ep.rcv.nxt, Flags.SYN | Flags.ACK, null), true);
            } else {
                ep.send(ep.segment(snd.iss, 0, Flags.SYN, null), true);
            }
            return;
        }
        int inFlight = Seq.gt(snd.nxt, snd.dataSeq) ? Math.min(snd.buffered(), snd.nxt - snd.dataSeq) : 0;
        int n = Math.min(ep.settings.mss(), inFlight);
        boolean fin = snd.finSent && snd.una + n == snd.finSeq;
        if (n == 0 && !fin) {
            return;
        }
        int flags = Flags.ACK | (fin ? Flags.FIN : 0);
        ep.send(ep.segment(snd.una, ep.rcv.nxt, flags, n == 0 ? null : snd.copy(snd.una, n)), true);
        ep.ackPending = false;
        ep.cancelDelayedAck();
    }
}
