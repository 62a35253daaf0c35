package org.handshakelab.model.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

class PlaybackTest {
    private final Trace trace = HandshakeFixture.trace();

    /** An independent oracle: each side's state is the "to" of its last StateChanged so far. */
    private static State naiveState(Trace trace, Side side, int index) {
        State s = State.CLOSED;
        for (int i = 0; i <= index; i++) {
            if (trace.get(i) instanceof TraceEvent.StateChanged sc && sc.side() == side) {
                s = sc.to();
            }
        }
        return s;
    }

    @Test
    void startsBeforeTheFirstEventWithBothSidesClosed() {
        Playback p = new Playback(trace);
        assertEquals(-1, p.eventIndexProperty().get());
        assertEquals(0, p.timeProperty().get());
        assertEquals(State.CLOSED, p.stateProperty(Side.CLIENT).get());
        assertEquals(State.CLOSED, p.stateProperty(Side.SERVER).get());
        assertTrue(p.inFlight().isEmpty());
        assertTrue(p.timers().isEmpty());
    }

    @Test
    void steppingForwardShowsEachSidesStateAfterEveryEvent() {
        Playback p = new Playback(trace);
        for (int i = 0; i < trace.size(); i++) {
            p.stepForward();
            assertEquals(i, p.eventIndexProperty().get());
            assertEquals(trace.get(i).time(), p.timeProperty().get());
            assertEquals(naiveState(trace, Side.CLIENT, i), p.stateProperty(Side.CLIENT).get(), "client at " + i);
            assertEquals(naiveState(trace, Side.SERVER, i), p.stateProperty(Side.SERVER).get(), "server at " + i);
        }
        assertTrue(p.atEnd());
        p.stepForward();
        assertEquals(trace.size() - 1, p.eventIndexProperty().get(), "stepping past the end does nothing");
    }

    @Test
    void theHandshakeStatesAppearInTextbookOrder() {
        Playback p = new Playback(trace);
        List<String> seen = new ArrayList<>();
        while (!p.atEnd()) {
            p.stepForward();
            String pair = p.stateProperty(Side.CLIENT).get() + "/" + p.stateProperty(Side.SERVER).get();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(pair)) {
                seen.add(pair);
            }
        }
        assertEquals(List.of("CLOSED/CLOSED", "CLOSED/LISTEN", "SYN_SENT/LISTEN", "SYN_SENT/SYN_RECEIVED",
                "ESTABLISHED/SYN_RECEIVED", "ESTABLISHED/ESTABLISHED", "FIN_WAIT_1/ESTABLISHED",
                "FIN_WAIT_1/CLOSE_WAIT", "FIN_WAIT_2/CLOSE_WAIT", "FIN_WAIT_2/LAST_ACK", "TIME_WAIT/LAST_ACK",
                "TIME_WAIT/CLOSED", "CLOSED/CLOSED"), seen);
    }

    @Test
    void stepBackAfterAnyNumberOfStepsRestoresEveryValue() {
        Playback p = new Playback(trace);
        List<Snapshot> forward = new ArrayList<>();
        forward.add(Snapshot.of(p));
        while (!p.atEnd()) {
            p.stepForward();
            forward.add(Snapshot.of(p));
        }
        for (int i = forward.size() - 2; i >= 0; i--) {
            p.stepBack();
            assertEquals(forward.get(i), Snapshot.of(p), "after stepping back to index " + (i - 1));
        }
        p.stepBack();
        assertEquals(forward.get(0), Snapshot.of(p), "stepping back before the start does nothing");
    }

    @Test
    void aSegmentHalfwayThroughItsFlightHasProgressOneHalf() {
        Playback p = new Playback(trace);
        p.seekToTime(1125); // segment 2 (retransmitted SYN) was sent at 1100 and arrives at 1150
        assertEquals(1, p.inFlight().size());
        InFlightSegment s = p.inFlight().get(0);
        assertEquals(2, s.id());
        assertEquals(Side.CLIENT, s.sender());
        assertEquals(1100, s.sentAt());
        assertEquals(1150, s.arrivesAt());
        assertFalse(s.willBeDropped());
        assertEquals(0.5, s.progress(), 1e-9);
    }

    @Test
    void aSegmentThatWillBeLostTravelsUntilItsLossTime() {
        Playback p = new Playback(trace);
        p.seekToTime(110);
        InFlightSegment s = p.inFlight().get(0);
        assertEquals(1, s.id());
        assertTrue(s.willBeDropped());
        assertEquals(125, s.arrivesAt());
        assertEquals(0.4, s.progress(), 1e-9);
        p.seekToTime(125);
        assertTrue(p.inFlight().isEmpty(), "gone once the drop event is applied");
    }

    @Test
    void aDuplicateTravelsAsItsOwnSegment() {
        Playback p = new Playback(trace);
        p.seekToTime(1330);
        List<Integer> ids = p.inFlight().stream().map(InFlightSegment::id).toList();
        assertEquals(List.of(6, 7), ids, "the original 5 arrived at 1310; its copy 6 and the ACK 7 are on the wire");
    }

    @Test
    void timersAppearWhenSetAndDisappearWhenFiredOrCancelled() {
        Playback p = new Playback(trace);
        p.seekToTime(100);
        assertEquals(List.of(new RunningTimer(Side.CLIENT, TimerKind.RETRANSMISSION, 100, 1100)), p.timers());
        p.seekToTime(1100);
        assertEquals(List.of(new RunningTimer(Side.CLIENT, TimerKind.RETRANSMISSION, 1100, 3100)), p.timers(),
                "the fired timer is replaced by the backed-off one");
        p.seekToTime(1255);
        assertTrue(p.timers().isEmpty(), "both RTO timers were cancelled by the ACKs");
        p.seekToTime(100_000);
        assertEquals(List.of(new RunningTimer(Side.CLIENT, TimerKind.TIME_WAIT, 2750, 242_750)), p.timers());
        assertEquals(State.TIME_WAIT, p.stateProperty(Side.CLIENT).get());
        p.seekToTime(242_750);
        assertTrue(p.timers().isEmpty());
        assertEquals(State.CLOSED, p.stateProperty(Side.CLIENT).get());
    }

    @Test
    void seekToTimeAppliesEveryEventAtThatTimeAndKeepsTheTime() {
        Playback p = new Playback(trace);
        p.seekToTime(1200);
        int lastAt1200 = HandshakeFixture.indexOf(trace, ev -> ev.time() > 1200) - 1;
        assertEquals(lastAt1200, p.eventIndexProperty().get());
        p.seekToTime(1201);
        assertEquals(lastAt1200, p.eventIndexProperty().get());
        assertEquals(1201, p.timeProperty().get());
    }

    @Test
    void propertiesFireOnlyWhenTheirValuesChange() {
        Playback p = new Playback(trace);
        AtomicInteger clientChanges = new AtomicInteger();
        AtomicInteger timerChanges = new AtomicInteger();
        AtomicInteger inFlightChanges = new AtomicInteger();
        p.stateProperty(Side.CLIENT).addListener((obs, a, b) -> clientChanges.incrementAndGet());
        p.timers().addListener((javafx.collections.ListChangeListener<RunningTimer>) c -> timerChanges.incrementAndGet());
        p.inFlight().addListener((javafx.collections.ListChangeListener<InFlightSegment>) c -> inFlightChanges.incrementAndGet());
        while (!p.atEnd()) {
            p.stepForward();
        }
        long clientStateChanges = trace.events().stream()
                .filter(ev -> ev instanceof TraceEvent.StateChanged && ev.side() == Side.CLIENT).count();
        assertEquals(clientStateChanges, clientChanges.get());
        long timerEvents = trace.events().stream().filter(ev -> ev instanceof TraceEvent.TimerSet
                || ev instanceof TraceEvent.TimerFired || ev instanceof TraceEvent.TimerCancelled).count();
        // a fire followed by a re-set at the same time is two events and two changes; never more
        assertTrue(timerChanges.get() <= timerEvents, "one change per timer event at most, was " + timerChanges.get());
        assertTrue(timerChanges.get() > 0);
        p.seekToTime(5000);
        p.seekToTime(6000); // idle: nothing in flight, no timer change
        int before = inFlightChanges.get() + timerChanges.get();
        p.seekToTime(7000);
        assertEquals(before, inFlightChanges.get() + timerChanges.get());
    }

    @Test
    void theListsAreUnmodifiable() {
        Playback p = new Playback(trace);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> p.timers().add(new RunningTimer(Side.CLIENT, TimerKind.RETRANSMISSION, 0, 1)));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> p.inFlight().add(null));
    }

    @Test
    void anEmptyTraceIsAtItsEnd() {
        Playback p = new Playback(new Trace(List.of(), -1, -1));
        assertTrue(p.atEnd());
        p.stepForward();
        p.seekToTime(1000);
        assertEquals(-1, p.eventIndexProperty().get());
    }

    /** Every observable value of a playback, for equality checks. */
    record Snapshot(int index, long time, State client, State server, List<InFlightSegment> inFlight,
                    List<RunningTimer> timers) {
        static Snapshot of(Playback p) {
            return new Snapshot(p.eventIndexProperty().get(), p.timeProperty().get(),
                    p.stateProperty(Side.CLIENT).get(), p.stateProperty(Side.SERVER).get(),
                    List.copyOf(p.inFlight()), List.copyOf(p.timers()));
        }
    }
}
