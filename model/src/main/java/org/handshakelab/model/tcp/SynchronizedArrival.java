package org.handshakelab.model.tcp;

/**
 * SEGMENT ARRIVES in SYN-RECEIVED and the synchronized states (RFC 9293 §3.10.7.4): check the
 * sequence number, then RST, SYN, ACK, the segment text and FIN, in that order.
 */
final class SynchronizedArrival {
    private SynchronizedArrival() {
    }

    static void arrive(Endpoint ep, Segment seg) {
        ReceiveSequence rcv = ep.rcv;
        SendSequence snd = ep.snd;
        int seq = seg.seq();
        boolean syn = seg.has(Flags.SYN);
        boolean fin = seg.has(Flags.FIN);
        int dataLen = seg.dataLength();

        // Simultaneous open: the peer's SYN,ACK repeats the SYN we already took (SEG.SEQ = IRS),
        // which strict Table 6 would reject (RFC 9293 Appendix A.2). Like Linux, accept it when it
        // acknowledges our SYN, with the old SYN trimmed off.
        if (ep.state == State.SYN_RECEIVED && syn && seg.has(Flags.ACK) && seq == rcv.irs
                && Seq.inOpenClosed(snd.una, seg.ack(), snd.nxt)) {
            syn = false;
            seq++;
        }
        int segLen = dataLen + (syn ? 1 : 0) + (fin ? 1 : 0);

        // first: sequence number acceptability (Table 6)
        if (!acceptable(seq, segLen, rcv.nxt, rcv.wnd)) {
            if (seg.has(Flags.RST)) {
                ep.discard(DiscardReason.UNACCEPTABLE_SEQUENCE, "RST outside the receive window: dropped silently");
                return;
            }
            ep.sendAck(); // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
            boolean old = segLen > 0 && Seq.le(seq + segLen, rcv.nxt);
            if (ep.state == State.TIME_WAIT && fin && seq + segLen == rcv.nxt) {
                // the peer retransmitted its FIN: ACK it and restart the 2 MSL timeout
                // (§3.10.7.4 eighth step, TIME-WAIT; Linux, lwIP and smoltcp restart it here)
                ep.startTimeWaitTimer();
                ep.discard(DiscardReason.DUPLICATE, "retransmitted FIN in TIME-WAIT: ACKed, 2 x MSL restarted");
            } else if (old) {
                ep.discard(DiscardReason.DUPLICATE, "old duplicate (before RCV.NXT): answered with an ACK");
            } else {
                ep.discard(DiscardReason.UNACCEPTABLE_SEQUENCE, "outside the receive window: answered with an ACK");
            }
            return;
        }

        // trim what was already received (a SYN first, then data) and what lies beyond the window
        int offset = 0;
        if (Seq.lt(seq, rcv.nxt)) {
            int skip = rcv.nxt - seq;
            if (syn) {
                syn = false;
                skip--;
                seq++;
            }
            offset = Math.min(skip, dataLen);
            dataLen -= offset;
            seq += offset;
        }
        int windowEnd = rcv.nxt + rcv.wnd;
        if (Seq.gt(seq + dataLen + (fin ? 1 : 0), windowEnd)) {
            dataLen = Math.max(0, Math.min(dataLen, windowEnd - seq));
            fin = false;
        }

        // second: RST (with RFC 5961 §3: only an exact RCV.NXT resets)
        if (seg.has(Flags.RST)) {
            reset(ep, seq);
            return;
        }
        // fourth: SYN (the third, security, does not apply)
        if (syn) {
            if (ep.state == State.SYN_RECEIVED && ep.passiveOpen) {
                ep.toListen("received SYN in SYN-RECEIVED: back to LISTEN");
                return;
            }
            ep.sendAck(); // challenge ACK (RFC 5961 §4)
            ep.discard(DiscardReason.IGNORED, "SYN in a synchronized state: answered with a challenge ACK");
            return;
        }
        // fifth: ACK
        if (!seg.has(Flags.ACK)) {
            ep.discard(DiscardReason.IGNORED, "no ACK bit: dropped");
            return;
        }
        int ack = seg.ack();
        if (ep.state == State.SYN_RECEIVED) {
            if (!Seq.inOpenClosed(snd.una, ack, snd.nxt)) {
                ep.sendReset(seg, ack); // <SEQ=SEG.ACK><CTL=RST>
                ep.discard(DiscardReason.UNACCEPTABLE_ACK, "ACK does not acknowledge our SYN: answered with a reset");
                return;
            }
            ep.setState(State.ESTABLISHED, "received ACK of our SYN");
            snd.wnd = seg.window();
            snd.wl1 = seg.seq();
            snd.wl2 = ack;
        }
        if (Seq.gt(ack, snd.nxt)) {
            ep.sendAck();
            ep.discard(DiscardReason.UNACCEPTABLE_ACK, "acknowledges something not yet sent: answered with an ACK");
            return;
        }
        if (Seq.gt(ack, snd.una)) {
            snd.una = ack;
            snd.acknowledge(ack);
            if (snd.una == snd.nxt) {
                ep.stopRetransmitTimer(); // RFC 6298 §5.2
            } else {
                ep.restartRetransmitTimer(); // RFC 6298 §5.3
            }
        }
        if (Seq.le(snd.una, ack) && (Seq.lt(snd.wl1, seg.seq()) || (snd.wl1 == seg.seq() && Seq.le(snd.wl2, ack)))) {
            snd.wnd = seg.window();
            snd.wl1 = seg.seq();
            snd.wl2 = ack;
        }
        if (ep.closePending && ep.state == State.ESTABLISHED) {
            ep.closePending = false;
            ep.snd.finQueued = true;
            ep.setState(State.FIN_WAIT_1, "application's close (queued in SYN-RECEIVED)");
        }
        boolean inOrder = seq == rcv.nxt;
        switch (ep.state) {
            case FIN_WAIT_1 -> {
                // a FIN in this very segment that also ACKs ours goes straight to TIME-WAIT
                if (snd.finAcked() && !(fin && inOrder)) {
                    ep.setState(State.FIN_WAIT_2, "received ACK of our FIN");
                }
            }
            case CLOSING -> {
                if (snd.finAcked()) {
                    ep.enterTimeWait("received ACK of our FIN");
                }
            }
            case LAST_ACK -> {
                if (snd.finAcked()) {
                    ep.toClosed("received ACK of our FIN");
                    return;
                }
            }
            default -> {
            }
        }
        // sixth (URG) is not modelled; seventh and eighth: text and FIN
        if (dataLen > 0 || fin) {
            textAndFin(ep, seg, seq, offset, dataLen, fin);
        }
    }

    /** Table 6 of RFC 9293 §3.10.7.4. */
    static boolean acceptable(int seq, int segLen, int rcvNxt, int rcvWnd) {
        if (segLen == 0) {
            return rcvWnd == 0 ? seq == rcvNxt : Seq.inHalfOpen(rcvNxt, seq, rcvNxt + rcvWnd);
        }
        if (rcvWnd == 0) {
            return false;
        }
        return Seq.inHalfOpen(rcvNxt, seq, rcvNxt + rcvWnd)
                || Seq.inHalfOpen(rcvNxt, seq + segLen - 1, rcvNxt + rcvWnd);
    }

    private static void reset(Endpoint ep, int seq) {
        if (seq != ep.rcv.nxt) {
            ep.sendAck();
            ep.discard(DiscardReason.RST_IGNORED, "RST in the window but not at RCV.NXT: challenge ACK (RFC 5961 §3)");
            return;
        }
        switch (ep.state) {
            case SYN_RECEIVED -> {
                if (ep.passiveOpen) {
                    ep.toListen("received RST: the connection came from a passive OPEN, back to LISTEN");
                } else {
                    ep.notifyApp("connection refused");
                    ep.toClosed("received RST: connection refused");
                }
            }
            case ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT -> {
                ep.notifyApp("connection reset");
                ep.toClosed("received RST: connection reset");
            }
            case TIME_WAIT -> {
                if (ep.settings.rfc1337()) {
                    ep.discard(DiscardReason.RST_IGNORED, "RST in TIME-WAIT ignored (RFC 1337)");
                } else {
                    ep.toClosed("received RST in TIME-WAIT (TIME-WAIT assassination, RFC 1337)");
                }
            }
            default -> ep.toClosed("received RST");
        }
    }

    /**
     * Seventh and eighth steps: deliver in-order text (and whatever it releases from the
     * reassembly queue), hold out-of-order text and FIN, and process an in-sequence FIN.
     *
     * @param seq     sequence number of the first byte after trimming
     * @param offset  where that byte sits in the segment's payload
     */
    static void textAndFin(Endpoint ep, Segment seg, int seq, int offset, int dataLen, boolean fin) {
        switch (ep.state) {
            case ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2 -> {
            }
            default -> {
                // CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT: "This should not occur since a FIN has
                // been received from the remote side. Ignore the segment text."
                ep.discard(DiscardReason.IGNORED, "text after the peer's FIN is ignored");
                return;
            }
        }
        ReceiveSequence rcv = ep.rcv;
        if (seq != rcv.nxt) {
            // out of order: hold it, and send a duplicate ACK at once (RFC 9293 §3.8.6.3, RFC 5681 §4.2)
            ep.reassembly.add(seq, seg, offset, dataLen, fin);
            ep.ackPending = true;
            ep.ackNow = true;
            return;
        }
        boolean hadGap = !ep.reassembly.isEmpty();
        if (dataLen > 0) {
            ep.deliver(seg, offset, dataLen);
            rcv.nxt += dataLen;
            if (ep.ackPending && ep.delayedAckAt >= 0) {
                ep.ackNow = true; // ACK at least every second segment (RFC 1122 §4.2.3.2)
            }
            ep.ackPending = true;
        }
        if (fin) {
            processFin(ep);
        } else {
            drainReassembly(ep);
        }
        if (hadGap) {
            ep.ackNow = true; // a segment that fills a gap is ACKed at once (RFC 5681 §4.2)
        }
    }

    private static void drainReassembly(Endpoint ep) {
        ReceiveSequence rcv = ep.rcv;
        ReassemblyQueue.Piece piece;
        while ((piece = ep.reassembly.pollReady(rcv.nxt)) != null) {
            int skip = rcv.nxt - piece.seq();
            int n = piece.length() - skip;
            if (n > 0) {
                ep.deliver(piece.segment(), piece.offset() + skip, n);
                rcv.nxt += n;
                ep.ackPending = true;
            }
            if (piece.fin()) {
                processFin(ep);
                ep.reassembly.clear();
                return;
            }
        }
    }

    /** Eighth step: the FIN is in sequence; every byte before it has arrived. */
    private static void processFin(Endpoint ep) {
        ep.rcv.nxt += 1; // advance RCV.NXT over the FIN
        ep.ackPending = true;
        ep.notifyApp("connection closing");
        switch (ep.state) {
            case ESTABLISHED -> ep.setState(State.CLOSE_WAIT, "received FIN");
            case FIN_WAIT_1 -> {
                if (ep.snd.finAcked()) {
                    ep.enterTimeWait("received FIN acknowledging our FIN");
                } else {
                    ep.setState(State.CLOSING, "received FIN (simultaneous close)");
                }
            }
            case FIN_WAIT_2 -> ep.enterTimeWait("received FIN");
            default -> {
            }
        }
    }
}
