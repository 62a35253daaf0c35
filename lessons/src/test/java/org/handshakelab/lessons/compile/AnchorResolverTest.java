package org.handshakelab.lessons.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.lessons.format.Anchor;
import org.handshakelab.lessons.format.Anchor.SegmentEvent;
import org.handshakelab.lessons.json.JsonValue.Position;
import org.handshakelab.lessons.support.TraceBuilder;
import org.handshakelab.model.tcp.DiscardReason;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** Anchors against hand-built traces: lost SYN and its retransmission, a network duplicate, a discard. */
class AnchorResolverTest {
    private static final Position AT = new Position(1, 1);
    private static final Side C = Side.CLIENT;
    private static final Side S = Side.SERVER;

    /** SYN #1 dropped; RTO; SYN #2 delivered; SYN,ACK #3 delivered and duplicated as #4, which is discarded. */
    private static Trace lostSynTrace() {
        Segment syn = Segment.control(49152, 80, 1000, 0, Flags.SYN, 65535);
        Segment synAck = Segment.control(80, 49152, 5000, 1001, Flags.SYN | Flags.ACK, 65535);
        List<TraceEvent> e = new ArrayList<>();
        e.add(new TraceEvent.SegmentSent(0, C, 1, syn, false));                        // 0
        e.add(new TraceEvent.TimerSet(0, C, TimerKind.RETRANSMISSION, 1000));          // 1
        e.add(new TraceEvent.SegmentDropped(25, C, 1, "lose-first-syn"));              // 2
        e.add(new TraceEvent.TimerFired(1000, C, TimerKind.RETRANSMISSION));           // 3
        e.add(new TraceEvent.SegmentSent(1000, C, 2, syn, true));                      // 4
        e.add(new TraceEvent.SegmentDelivered(1050, S, 2, syn));                       // 5
        e.add(new TraceEvent.StateChanged(1050, S, State.LISTEN, State.SYN_RECEIVED, "SYN")); // 6
        e.add(new TraceEvent.SegmentSent(1050, S, 3, synAck, false));                  // 7
        e.add(new TraceEvent.SegmentDuplicated(1050, S, 3, 4, synAck, "copy"));        // 8
        e.add(new TraceEvent.SegmentDelivered(1100, C, 3, synAck));                    // 9
        e.add(new TraceEvent.StateChanged(1100, C, State.SYN_SENT, State.ESTABLISHED, "SYN,ACK")); // 10
        e.add(new TraceEvent.SegmentDelivered(1300, C, 4, synAck));                    // 11
        e.add(new TraceEvent.SegmentDiscarded(1300, C, 4, DiscardReason.UNACCEPTABLE_SEQUENCE, "old")); // 12
        return new Trace(e, 1000, 5000);
    }

    private static AnchorResolver.Resolution resolve(Trace trace, Anchor anchor) {
        return new AnchorResolver(trace, List.of(), new int[0]).resolve(anchor);
    }

    private static Anchor segment(Side from, Integer flags, int nth, SegmentEvent event) {
        return new Anchor.SegmentEventAnchor(from, flags, nth, event, AT, "$.a");
    }

    @Test
    void segmentAnchorsCountTheNthEventOfTheirKind() {
        Trace t = lostSynTrace();
        assertEquals(0, resolve(t, segment(C, Flags.SYN, 1, SegmentEvent.SENT)).index());
        assertEquals(4, resolve(t, segment(C, Flags.SYN, 2, SegmentEvent.SENT)).index(), "a retransmission is a send");
        assertEquals(2, resolve(t, segment(C, Flags.SYN, 1, SegmentEvent.DROPPED)).index());
        assertEquals(5, resolve(t, segment(C, Flags.SYN, 1, SegmentEvent.DELIVERED)).index(),
                "the first delivery is the retransmission's");
        assertEquals(11, resolve(t, segment(S, Flags.SYN | Flags.ACK, 2, SegmentEvent.DELIVERED)).index(),
                "the network's copy arrives as the second delivery");
        assertEquals(12, resolve(t, segment(S, Flags.SYN | Flags.ACK, 1, SegmentEvent.DISCARDED)).index());
    }

    @Test
    void flagsMustMatchExactlyAndTheSenderMustAgree() {
        Trace t = lostSynTrace();
        assertEquals("anchor never happens: no segment SYN from server was sent",
                resolve(t, segment(S, Flags.SYN, 1, SegmentEvent.SENT)).failure());
        assertEquals("anchor never happens: no segment ACK from server was sent",
                resolve(t, segment(S, Flags.ACK, 1, SegmentEvent.SENT)).failure(), "SYN,ACK is not ACK");
        assertEquals("anchor never happens: a segment SYN from client was sent only 2 times, not 3",
                resolve(t, segment(C, Flags.SYN, 3, SegmentEvent.SENT)).failure());
        assertEquals("anchor never happens: no segment with data from client was delivered",
                resolve(t, segment(C, null, 1, SegmentEvent.DELIVERED)).failure());
    }

    @Test
    void timerStateTimeStartAndEndAnchors() {
        Trace t = lostSynTrace();
        assertEquals(3, resolve(t, new Anchor.TimerAnchor(TimerKind.RETRANSMISSION, C, Anchor.TimerEvent.FIRED, 1, AT, "$")).index());
        assertEquals(1, resolve(t, new Anchor.TimerAnchor(TimerKind.RETRANSMISSION, C, Anchor.TimerEvent.SET, 1, AT, "$")).index());
        assertEquals("anchor never happens: the client's TIME_WAIT timer was never fired",
                resolve(t, new Anchor.TimerAnchor(TimerKind.TIME_WAIT, C, Anchor.TimerEvent.FIRED, 1, AT, "$")).failure());
        assertEquals(10, resolve(t, new Anchor.EntersState(C, State.ESTABLISHED, 1, AT, "$")).index());
        assertEquals(-1, resolve(t, new Anchor.Start(AT, "$")).index());
        assertEquals(12, resolve(t, new Anchor.End(AT, "$")).index());
        assertEquals(4, resolve(t, new Anchor.AtTime(1000, AT, "$")).index(), "the last event at or before 1000 ms");
        assertEquals(-1, new AnchorResolver(new TraceBuilder().build(), List.of(), new int[0])
                .resolve(new Anchor.AtTime(5, AT, "$")).index(), "nothing before: the start");
    }

    @Test
    void anExpectationSeesWhatItsAnchorEventCausedAtOnce() {
        Trace t = lostSynTrace();
        assertEquals(7, TraceCursor.settledIndex(t, 5), "the SYN's arrival, the state change, the SYN,ACK sent");
        assertEquals(8, TraceCursor.settledIndex(t, 8), "a network duplicate is a cause of its own, not an effect");
        assertEquals(10, TraceCursor.settledIndex(t, 9));
        assertEquals(-1, TraceCursor.settledIndex(t, -1), "the start is before every event");
        TraceCursor cursor = new TraceCursor(t);
        cursor.advanceTo(TraceCursor.settledIndex(t, 9));
        assertEquals(State.ESTABLISHED, cursor.state(C));
        assertEquals(State.SYN_RECEIVED, cursor.state(S));
    }
}
