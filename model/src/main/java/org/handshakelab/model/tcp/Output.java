package org.handshakelab.model.tcp;

/**
 * What an endpoint sends after handling an event: queued data in MSS-sized segments within the
 * peer's window, the FIN once every byte before it is out, and any acknowledgment still owed
 * (piggybacked on data or FIN when there is some, delayed when the setting allows, else a bare
 * ACK). Once synchronized every segment carries the current acknowledgment (RFC 9293 §3.10.7.4).
 */
final class Output {
    private Output() {
    }

    static void flush(Endpoint ep) {
        boolean sent = canSendData(ep) && sendData(ep);
        if (sent) {
            ep.ackPending = false;
            ep.ackNow = false;
            ep.cancelDelayedAck();
            return;
        }
        if (!ep.ackPending || !ep.rcv.synReceived) {
            return;
        }
        switch (ep.state) {
            case CLOSED, LISTEN, SYN_SENT -> ep.ackPending = false;
            default -> {
                if (ep.ackNow || !delayAllowed(ep)) {
                    ep.sendAck();
                } else if (ep.delayedAckAt < 0) {
                    ep.startDelayedAck();
                }
            }
        }
    }

    /**
     * Delay an ACK only where the application may still send, so that data or a FIN can carry it
     * (RFC 9293 §3.8.6.3, RFC 1122 §4.2.3.2); once our FIN is out nothing could carry it.
     */
    private static boolean delayAllowed(Endpoint ep) {
        return ep.settings.delayedAck() && (ep.state == State.ESTABLISHED || ep.state == State.CLOSE_WAIT);
    }

    private static boolean canSendData(Endpoint ep) {
        return switch (ep.state) {
            case ESTABLISHED, CLOSE_WAIT -> true;
            case FIN_WAIT_1, LAST_ACK -> !ep.snd.finSent;
            default -> false;
        };
    }

    /** Sends what the window allows; a FIN rides on the last data segment. Returns whether anything went. */
    private static boolean sendData(Endpoint ep) {
        SendSequence snd = ep.snd;
        int mss = ep.settings.mss();
        boolean any = false;
        while (true) {
            int unsent = snd.unsent();
            int usable = Math.max(0, snd.una + snd.wnd - snd.nxt);
            int n = Math.min(mss, Math.min(unsent, usable));
            boolean fin = snd.finQueued && !snd.finSent && n == unsent;
            if (n == 0 && !fin) {
                return any;
            }
            int seq = snd.nxt;
            int flags = Flags.ACK | (fin ? Flags.FIN : 0);
            ep.send(ep.segment(seq, ep.rcv.nxt, flags, n == 0 ? null : snd.copy(seq, n)), Seq.lt(seq, snd.max));
            snd.nxt = seq + n + (fin ? 1 : 0);
            if (fin) {
                snd.finSent = true;
                snd.finSeq = seq + n;
            }
            if (Seq.gt(snd.nxt, snd.max)) {
                snd.max = snd.nxt;
            }
            ep.startRetransmitTimerIfIdle();
            any = true;
            if (fin) {
                return true;
            }
        }
    }
}
