package org.handshakelab.model.tcp;

/** SEGMENT ARRIVES in SYN-SENT (RFC 9293 §3.10.7.3): check ACK, RST, SYN in that order. */
final class SynSentArrival {
    private SynSentArrival() {
    }

    static void arrive(Endpoint ep, Segment seg) {
        SendSequence snd = ep.snd;
        boolean hasAck = seg.has(Flags.ACK);
        // first: "If SEG.ACK =< ISS or SEG.ACK > SND.NXT, send a reset (unless the RST bit is set,
        // if so drop the segment and return)"
        if (hasAck && !Seq.inOpenClosed(snd.iss, seg.ack(), snd.nxt)) {
            if (!seg.has(Flags.RST)) {
                ep.sendReset(seg, seg.ack());
            }
            ep.discard(DiscardReason.UNACCEPTABLE_ACK, "ACK does not acknowledge our SYN (needs ISS < SEG.ACK =< SND.NXT)");
            return;
        }
        // second: RST
        if (seg.has(Flags.RST)) {
            if (hasAck) {
                // RFC: signal "connection reset"; sockets report it as "connection refused"
                ep.notifyApp("connection refused");
                ep.toClosed("received RST acknowledging our SYN: connection refused");
            } else {
                ep.discard(DiscardReason.RST_IGNORED, "RST without ACK in SYN-SENT is dropped");
            }
            return;
        }
        // fourth: SYN (the third, security, does not apply)
        if (seg.has(Flags.SYN)) {
            ep.rcv.synchronize(seg.seq()); // RCV.NXT = SEG.SEQ+1, IRS = SEG.SEQ
            snd.wnd = seg.window();
            snd.wl1 = seg.seq();
            snd.wl2 = seg.ack();
            if (hasAck) {
                snd.una = seg.ack();
            }
            if (Seq.gt(snd.una, snd.iss)) {
                // our SYN has been ACKed: "enter ESTABLISHED state, form an ACK segment
                // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and send it"
                ep.stopRetransmitTimer();
                ep.setState(State.ESTABLISHED, "received SYN,ACK acknowledging our SYN");
                ep.sendAck();
                if (seg.dataLength() > 0 || seg.has(Flags.FIN)) {
                    // "If there are other controls or text in the segment, then continue
                    // processing at the sixth step"
                    SynchronizedArrival.textAndFin(ep, seg, seg.seq() + 1, 0, seg.dataLength(), seg.has(Flags.FIN));
                }
            } else {
                // simultaneous open (§3.5, Figure 7): "enter SYN-RECEIVED, form a SYN,ACK
                // segment <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> and send it"
                ep.passiveOpen = false;
                ep.setState(State.SYN_RECEIVED, "received SYN (simultaneous open)");
                ep.send(ep.segment(snd.iss, ep.rcv.nxt, Flags.SYN | Flags.ACK, null), false);
            }
            return;
        }
        // fifth: "If neither of the SYN or RST bits is set, then drop the segment and return."
        ep.discard(DiscardReason.IGNORED, "neither SYN nor RST in SYN-SENT: dropped");
    }
}
