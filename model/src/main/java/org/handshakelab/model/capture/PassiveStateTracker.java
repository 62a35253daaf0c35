package org.handshakelab.model.capture;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Seq;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * Infers each endpoint's RFC 9293 state from the segments of one captured conversation, as a
 * passive observer on the wire would, and writes the result as a {@link Trace} the lanes view can
 * play.
 *
 * <p><b>Time.</b> A capture is taken at one point of the path, so it shows that point's view of
 * time: there, a segment's sending and its arrival are the same instant. The tracker therefore
 * models delivery at the capture time too: every {@code SegmentSent} is followed by its
 * {@code SegmentDelivered} at the same time, and state changes are placed there. Times are
 * milliseconds since the conversation's first packet, rounded down (so sub-millisecond gaps, e.g.
 * a handshake on a LAN, collapse to the same millisecond; the order of events is kept).
 *
 * <p><b>Roles.</b> The side that sent the first SYN without ACK is the client. Without any SYN
 * (the capture began mid-connection) the sender of the first packet is called the client, as
 * Wireshark's "first packet's destination is the server" rule does, and both sides are assumed
 * ESTABLISHED. The server is assumed LISTEN from the start when its first segment is a SYN,ACK.
 *
 * <p><b>Rules</b> (RFC 9293 §3.10.7, applied to the receiver when a segment passes): a SYN moves
 * LISTEN to SYN-RECEIVED (and SYN-SENT to SYN-RECEIVED: simultaneous open); a SYN,ACK that
 * acknowledges the client's SYN moves SYN-SENT to ESTABLISHED; an ACK of its SYN moves SYN-RECEIVED
 * to ESTABLISHED; FIN gives FIN-WAIT-1 to its sender (or LAST-ACK from CLOSE-WAIT) and CLOSE-WAIT,
 * CLOSING or TIME-WAIT to its receiver; an ACK of a FIN gives FIN-WAIT-2, TIME-WAIT (from CLOSING)
 * or CLOSED (from LAST-ACK); a RST closes both its sender and receiver (a listener returns to
 * LISTEN). TIME-WAIT never ends in the trace: its 2 x MSL timer sends nothing, so the observer
 * cannot see it expire; a Notified event marks this. Acceptability checks the observer cannot
 * make (window contents it missed) are not made.
 */
public final class PassiveStateTracker {
    static final String TIME_WAIT_NOTE =
            "TIME-WAIT: its end is not visible in a capture (the 2 x MSL timer sends nothing)";

    private final List<TraceEvent> events = new ArrayList<>();
    private final List<CaptureNote> notes = new ArrayList<>();
    private final State[] state = {State.CLOSED, State.CLOSED};
    private final long[] isn = {-1, -1};
    private final long[] finSeq = {-1, -1};
    private final boolean[] finSeen = new boolean[2];
    private final int[] sndMax = new int[2];
    private final boolean[] sent = new boolean[2];
    private final boolean[] finPending = new boolean[2];
    private List<CapturedSegment> segs = List.of();
    private boolean clientIsA;
    private int current;
    private boolean serverListens;
    private long clientIsn = -1;
    private long serverIsn = -1;

    private PassiveStateTracker() {
    }

    /** Infers the states of a loaded conversation. */
    public static InferredConnection infer(LoadedConversation loaded) {
        return new PassiveStateTracker().run(loaded);
    }

    private InferredConnection run(LoadedConversation loaded) {
        List<CapturedSegment> segs = loaded.segments();
        int firstSyn = -1;
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i).segment();
            if (s.has(Flags.SYN) && !s.has(Flags.ACK)) {
                firstSyn = i;
                break;
            }
        }
        boolean clientIsA = segs.isEmpty() || segs.get(Math.max(firstSyn, 0)).fromA();
        this.segs = segs;
        this.clientIsA = clientIsA;
        if (firstSyn == 0) {
            inferServerStart(segs, clientIsA);
        } else if (!segs.isEmpty()) {
            notes.add(CaptureNote.of(CaptureNote.Kind.JOINED_AFTER_HANDSHAKE));
            change(0, Side.CLIENT, State.ESTABLISHED, "assumed: the capture starts mid-connection");
            change(0, Side.SERVER, State.ESTABLISHED, "assumed: the capture starts mid-connection");
        }
        if (loaded.packetsOmitted() > 0) {
            notes.add(CaptureNote.omitted(loaded.packetsOmitted()));
        }
        long start = segs.isEmpty() ? 0 : segs.get(0).epochNanos();
        long time = 0;
        for (int i = 0; i < segs.size(); i++) {
            CapturedSegment c = segs.get(i);
            time = Math.max(time, Math.floorDiv(c.epochNanos() - start, 1_000_000L));
            Side from = c.fromA() == clientIsA ? Side.CLIENT : Side.SERVER;
            current = i;
            segment(time, i + 1, from, c);
        }
        return new InferredConnection(loaded.conversation(), new Trace(events, clientIsn, serverIsn), clientIsA, notes);
    }

    private void inferServerStart(List<CapturedSegment> segs, boolean clientIsA) {
        for (CapturedSegment c : segs) {
            if (c.fromA() != clientIsA) {
                Segment s = c.segment();
                if (s.has(Flags.SYN) && s.has(Flags.ACK)) {
                    serverListens = true;
                    change(0, Side.SERVER, State.LISTEN, "inferred: it answered the SYN with SYN,ACK, so it was listening");
                } else if (s.has(Flags.RST)) {
                    notes.add(CaptureNote.of(CaptureNote.Kind.SYN_ANSWERED_WITH_RESET));
                }
                return;
            }
        }
        notes.add(CaptureNote.of(CaptureNote.Kind.SERVER_NEVER_ANSWERED));
    }

    private void segment(long t, int id, Side x, CapturedSegment c) {
        Segment s = c.segment();
        Side y = x.peer();
        int xi = x.ordinal();
        boolean retransmission = sent[xi] && c.seqLength() > 0 && Seq.le(s.seq() + c.seqLength(), sndMax[xi]);
        events.add(new TraceEvent.SegmentSent(t, x, id, s, retransmission));
        sent(t, x, s, c);
        if (!sent[xi] || Seq.gt(s.seq() + c.seqLength(), sndMax[xi])) {
            sndMax[xi] = s.seq() + c.seqLength();
        }
        sent[xi] = true;
        events.add(new TraceEvent.SegmentDelivered(t, y, id, s));
        received(t, y, x, s);
    }

    /** What sending the segment tells about its sender. */
    private void sent(long t, Side x, Segment s, CapturedSegment c) {
        int xi = x.ordinal();
        String who = x.wireName();
        if (s.has(Flags.RST)) {
            if (state[xi] != State.CLOSED && state[xi] != State.LISTEN) {
                change(t, x, State.CLOSED, "sent RST (abort)");
            }
            return;
        }
        if (s.has(Flags.SYN)) {
            long seq = Seq.unsigned(s.seq());
            if (isn[xi] != seq) {
                isn[xi] = seq;
                finSeq[xi] = -1;
                finSeen[x.peer().ordinal()] = false;
                if (x == Side.CLIENT && clientIsn < 0) {
                    clientIsn = seq;
                } else if (x == Side.SERVER && serverIsn < 0) {
                    serverIsn = seq;
                }
            }
            if (!s.has(Flags.ACK) && (state[xi] == State.CLOSED || state[xi] == State.TIME_WAIT)) {
                change(t, x, State.SYN_SENT, state[xi] == State.CLOSED ? "sent SYN (active open)"
                        : "sent SYN reusing the 4-tuple (new connection)");
            } else if (s.has(Flags.ACK) && (state[xi] == State.CLOSED || state[xi] == State.LISTEN)) {
                change(t, x, State.SYN_RECEIVED, "sent SYN,ACK (its SYN was not in the capture)");
            } else if (s.has(Flags.ACK) && state[xi] == State.SYN_SENT) {
                // The peer's SYN passed the capture point before ours but reached us only after we
                // had sent our SYN: the SYNs crossed (simultaneous open, RFC 9293 §3.5 Figure 7).
                change(t, x, State.SYN_RECEIVED, "saw SYN from " + x.peer().wireName()
                        + " after sending its own (the SYNs crossed: simultaneous open)");
            }
        }
        if (s.has(Flags.FIN)) {
            finSeq[xi] = Seq.unsigned(s.seq() + c.dataLength() + (s.has(Flags.SYN) ? 1 : 0));
            switch (state[xi]) {
                case ESTABLISHED, SYN_RECEIVED -> change(t, x, State.FIN_WAIT_1, "sent FIN (" + who + " closes first)");
                case CLOSE_WAIT -> change(t, x, State.LAST_ACK, "sent FIN after the peer's");
                default -> {
                }
            }
            if (finPending[xi]) {
                // The peer's FIN passed the capture point first, but this FIN does not acknowledge
                // it: the two FINs crossed on the path (simultaneous close, RFC 9293 §3.6 Figure 13).
                finPending[xi] = false;
                finSeen[xi] = true;
                change(t, x, State.CLOSING, "saw FIN from " + x.peer().wireName()
                        + " after sending its own (the FINs crossed: simultaneous close)");
            }
        }
    }

    /** What the segment does to its receiver {@code y}, sent by {@code x}. */
    private void received(long t, Side y, Side x, Segment s) {
        int yi = y.ordinal();
        String from = x.wireName();
        State st = state[yi];
        if (s.has(Flags.RST)) {
            switch (st) {
                case SYN_SENT -> {
                    if (s.has(Flags.ACK) && isn[yi] >= 0 && Seq.unsigned(s.ack()) == Seq.unsigned((int) isn[yi] + 1)) {
                        change(t, y, State.CLOSED, "saw RST from " + from + ": connection refused");
                        events.add(new TraceEvent.Notified(t, y, "connection refused"));
                    }
                }
                case SYN_RECEIVED -> change(t, y, y == Side.SERVER && serverListens ? State.LISTEN : State.CLOSED,
                        "saw RST from " + from);
                case ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT -> {
                    change(t, y, State.CLOSED, "saw RST from " + from + ": connection reset");
                    events.add(new TraceEvent.Notified(t, y, "connection reset"));
                }
                case CLOSING, LAST_ACK, TIME_WAIT -> change(t, y, State.CLOSED, "saw RST from " + from);
                default -> {
                }
            }
            return;
        }
        if (s.has(Flags.SYN) && !s.has(Flags.ACK)) {
            if (st == State.LISTEN || (y == Side.SERVER && serverListens
                    && (st == State.CLOSED || st == State.TIME_WAIT))) {
                change(t, y, State.SYN_RECEIVED, "saw SYN from " + from);
            } else if (st == State.SYN_SENT) {
                change(t, y, State.SYN_RECEIVED, "saw SYN from " + from + " (simultaneous open)");
            }
            return;
        }
        boolean acksOurFin = s.has(Flags.ACK) && finSeq[yi] >= 0 && Seq.ge(s.ack(), (int) finSeq[yi] + 1);
        boolean newFin = s.has(Flags.FIN) && !finSeen[yi];
        if (s.has(Flags.ACK)) {
            boolean acksOurSyn = isn[yi] >= 0 && Seq.ge(s.ack(), (int) isn[yi] + 1);
            if (st == State.SYN_SENT && s.has(Flags.SYN) && acksOurSyn) {
                change(t, y, State.ESTABLISHED, "saw SYN,ACK from " + from + " acknowledging our SYN");
            } else if (st == State.SYN_RECEIVED && acksOurSyn) {
                change(t, y, State.ESTABLISHED, "saw " + from + "'s ACK of our SYN");
            } else if (st == State.FIN_WAIT_1 && acksOurFin && !newFin) {
                change(t, y, State.FIN_WAIT_2, "saw " + from + "'s ACK of our FIN");
            } else if (st == State.CLOSING && acksOurFin) {
                enterTimeWait(t, y, "saw " + from + "'s ACK of our FIN");
            } else if (st == State.LAST_ACK && acksOurFin) {
                change(t, y, State.CLOSED, "saw " + from + "'s ACK of our FIN");
            }
        }
        if (newFin) {
            finSeen[yi] = true;
            switch (state[yi]) {
                case ESTABLISHED, SYN_RECEIVED -> {
                    if (finCrossesOurs(y, s)) {
                        finSeen[yi] = false;
                        finPending[yi] = true;
                    } else {
                        change(t, y, State.CLOSE_WAIT, "saw FIN from " + from);
                    }
                }
                case FIN_WAIT_1 -> {
                    if (acksOurFin) {
                        enterTimeWait(t, y, "saw FIN from " + from + " that also acknowledges our FIN");
                    } else {
                        change(t, y, State.CLOSING, "saw FIN from " + from + " before the ACK of our FIN (simultaneous close)");
                    }
                }
                case FIN_WAIT_2 -> enterTimeWait(t, y, "saw FIN from " + from);
                default -> {
                }
            }
        }
    }

    /**
     * True when {@code y}'s next segment is a FIN that does not acknowledge {@code fin}: then y sent
     * its FIN before {@code fin} reached it, although the capture saw {@code fin} first.
     */
    private boolean finCrossesOurs(Side y, Segment fin) {
        boolean yIsA = (y == Side.CLIENT) == clientIsA;
        for (int i = current + 1; i < segs.size(); i++) {
            CapturedSegment c = segs.get(i);
            if (c.fromA() == yIsA) {
                Segment s = c.segment();
                int finEnd = fin.seq() + fin.dataLength() + 1;
                return s.has(Flags.FIN) && (!s.has(Flags.ACK) || Seq.lt(s.ack(), finEnd));
            }
        }
        return false;
    }

    private void enterTimeWait(long t, Side y, String cause) {
        change(t, y, State.TIME_WAIT, cause);
        events.add(new TraceEvent.Notified(t, y, TIME_WAIT_NOTE));
    }

    private void change(long t, Side side, State to, String cause) {
        State from = state[side.ordinal()];
        if (from != to) {
            state[side.ordinal()] = to;
            events.add(new TraceEvent.StateChanged(t, side, from, to, cause));
        }
    }
}
