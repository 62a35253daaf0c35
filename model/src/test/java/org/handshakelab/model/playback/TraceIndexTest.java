package org.handshakelab.model.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handshakelab.model.tcp.DiscardReason;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.TimerKind;
import org.junit.jupiter.api.Test;

class TraceIndexTest {
    private final TraceIndex index = new TraceIndex(HandshakeFixture.trace());

    @Test
    void gathersEachSegmentsFate() {
        List<SegmentLife> s = index.segments();
        assertEquals(12, s.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), s.stream().map(SegmentLife::id).toList());
        assertTrue(s.get(0).dropped());
        assertEquals(125, s.get(0).endsAt());
        assertEquals("drop the first SYN", s.get(0).note());
        assertTrue(s.get(1).retransmission());
        assertFalse(s.get(1).dropped());
        assertTrue(s.get(5).duplicate());
        assertTrue(s.get(5).discarded());
        assertEquals(DiscardReason.DUPLICATE, s.get(5).discardReason());
        assertEquals(1400, s.get(5).endsAt());
        assertFalse(s.get(4).discarded());
    }

    @Test
    void gathersEachTimerRunWithHowItEnded() {
        List<TimerSpan> t = index.timers();
        assertEquals(TimerSpan.Ending.FIRED, t.get(0).ending());
        assertEquals(1100, t.get(0).endedAt());
        TimerSpan timeWait = t.get(t.size() - 1);
        assertEquals(Side.CLIENT, timeWait.side());
        assertEquals(TimerKind.TIME_WAIT, timeWait.kind());
        assertEquals(240_000, timeWait.expiresAt() - timeWait.setAt());
        assertEquals(TimerSpan.Ending.FIRED, timeWait.ending());
    }

    @Test
    void countsSegmentsSentSoFar() {
        assertEquals(0, index.segmentsSentBy(-1));
        assertEquals(1, index.segmentsSentBy(index.lastIndexAtOrBefore(100)));
        assertEquals(12, index.segmentsSentBy(index.size() - 1));
    }

    @Test
    void findsTheLastEventAtOrBeforeATime() {
        assertEquals(-1, new TraceIndex(new org.handshakelab.model.trace.Trace(List.of(), -1, -1)).lastIndexAtOrBefore(5));
        int i = index.lastIndexAtOrBefore(124);
        assertEquals(100, index.time(i));
        assertTrue(index.time(i + 1) > 124);
    }
}
