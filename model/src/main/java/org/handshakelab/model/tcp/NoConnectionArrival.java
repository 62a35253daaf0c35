package org.handshakelab.model.tcp;

/** SEGMENT ARRIVES in the two states without a synchronized connection: CLOSED and LISTEN. */
final class NoConnectionArrival {
    private NoConnectionArrival() {
    }

    /**
     * RFC 9293 §3.10.7.1: "all data in the incoming segment is discarded. An incoming segment
     * containing a RST is discarded. An incoming segment not containing a RST causes a RST to be
     * sent in response."
     */
    static void closed(Endpoint ep, Segment seg) {
        if (seg.has(Flags.RST)) {
            ep.discard(DiscardReason.NO_CONNECTION, "RST for a port with no connection: dropped (never answer a RST)");
            return;
        }
        if (seg.has(Flags.ACK)) {
            ep.sendReset(seg, seg.ack()); // <SEQ=SEG.ACK><CTL=RST>
        } else {
            // <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>
            ep.send(new Segment(seg.dstPort(), seg.srcPort(), 0, seg.seq() + seg.len(), Flags.RST | Flags.ACK, 0, null),
                    false);
        }
        ep.discard(DiscardReason.NO_CONNECTION, "no connection on this port: answered with a reset");
    }

    /** RFC 9293 §3.10.7.2: check for RST, then ACK, then SYN. */
    static void listen(Endpoint ep, Segment seg) {
        if (seg.has(Flags.RST)) {
            ep.discard(DiscardReason.RST_IGNORED, "RST in LISTEN is ignored");
            return;
        }
        if (seg.has(Flags.ACK)) {
            // "Any acknowledgment is bad if it arrives on a connection still in the LISTEN state."
            ep.sendReset(seg, seg.ack());
            ep.discard(DiscardReason.UNACCEPTABLE_ACK, "ACK in LISTEN: answered with <SEQ=SEG.ACK><CTL=RST>");
            return;
        }
        if (seg.has(Flags.SYN)) {
            ep.rcv.synchronize(seg.seq()); // IRS = SEG.SEQ, RCV.NXT = SEG.SEQ+1
            int iss = ep.chooseIsn(ep.listenIsn);
            SendSequence snd = ep.snd;
            snd.reset(iss);
            snd.wnd = seg.window();
            snd.wl1 = seg.seq();
            snd.wl2 = iss;
            ep.passiveOpen = true;
            ep.setState(State.SYN_RECEIVED, "received SYN");
            // <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>; SND.NXT = ISS+1, SND.UNA = ISS
            ep.send(ep.segment(iss, ep.rcv.nxt, Flags.SYN | Flags.ACK, null), false);
            snd.nxt = iss + 1;
            snd.max = snd.nxt;
            ep.startRetransmitTimerIfIdle();
            if (seg.dataLength() > 0) {
                ep.discard(DiscardReason.IGNORED, "data on a SYN is not kept by this model");
            }
            return;
        }
        ep.discard(DiscardReason.IGNORED, "neither RST, ACK nor SYN in LISTEN: dropped");
    }
}
