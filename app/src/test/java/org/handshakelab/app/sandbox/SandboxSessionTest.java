package org.handshakelab.app.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

class SandboxSessionTest {

    static void handshake(SandboxSession s) {
        s.listen(Side.SERVER);
        s.connect(Side.CLIENT);
        s.advanceBy(200);
    }

    @Test
    void listenConnectSendAndCloseWalkBothSidesThroughTheRfcStates() {
        SandboxSession s = new SandboxSession();
        s.listen(Side.SERVER);
        assertEquals(State.LISTEN, s.state(Side.SERVER));
        s.connect(Side.CLIENT);
        assertEquals(State.SYN_SENT, s.state(Side.CLIENT));
        s.advanceBy(50);
        assertEquals(State.SYN_RECEIVED, s.state(Side.SERVER));
        s.advanceBy(50);
        assertEquals(State.ESTABLISHED, s.state(Side.CLIENT));
        s.advanceBy(50);
        assertEquals(State.ESTABLISHED, s.state(Side.SERVER));

        s.send(Side.CLIENT, "GET /");
        s.advanceBy(200);
        assertEquals(5, s.trace().events().stream().filter(e -> e instanceof TraceEvent.DataDelivered d
                && d.side() == Side.SERVER).mapToInt(e -> ((TraceEvent.DataDelivered) e).data().length).sum());

        s.close(Side.CLIENT);
        assertEquals(State.FIN_WAIT_1, s.state(Side.CLIENT));
        s.advanceBy(150);
        assertEquals(State.CLOSE_WAIT, s.state(Side.SERVER));
        assertEquals(State.FIN_WAIT_2, s.state(Side.CLIENT));
        s.close(Side.SERVER);
        assertEquals(State.LAST_ACK, s.state(Side.SERVER));
        s.advanceBy(150);
        assertEquals(State.TIME_WAIT, s.state(Side.CLIENT));
        assertEquals(State.CLOSED, s.state(Side.SERVER));
        assertEquals(State.TIME_WAIT, s.stateProperty(Side.CLIENT).get(), "the live state property follows");
        assertEquals(5, s.actions().size(), "listen, connect, send, close, close");
    }

    @Test
    void dropNextDropsExactlyTheNextSegmentFromThatSideAndTheRtoRetransmitsIt() {
        SandboxSession s = new SandboxSession();
        s.listen(Side.SERVER);
        String id = s.dropNext(Side.CLIENT);
        s.connect(Side.CLIENT);
        s.advanceBy(3_000);
        List<TraceEvent.SegmentDropped> drops = s.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.SegmentDropped).map(e -> (TraceEvent.SegmentDropped) e).toList();
        assertEquals(1, drops.size(), "exactly one segment lost");
        assertEquals(id, drops.get(0).cause());
        List<TraceEvent.SegmentSent> syns = s.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.SegmentSent ss && ss.side() == Side.CLIENT
                        && ss.segment().has(Flags.SYN)).map(e -> (TraceEvent.SegmentSent) e).toList();
        assertEquals(2, syns.size());
        assertEquals(drops.get(0).id(), syns.get(0).id(), "the first SYN is the one dropped");
        assertTrue(syns.get(1).retransmission());
        assertEquals(1_000, syns.get(1).time() - syns.get(0).time(), "after the initial RTO of 1 s");
        assertEquals(State.ESTABLISHED, s.state(Side.CLIENT));
        assertEquals(State.ESTABLISHED, s.state(Side.SERVER));
    }

    @Test
    void twoDropClicksClaimTwoSuccessiveSegments() {
        SandboxSession s = new SandboxSession();
        s.listen(Side.SERVER);
        assertEquals("drop-client-1", s.dropNext(Side.CLIENT));
        assertEquals("drop-client-2", s.dropNext(Side.CLIENT));
        s.connect(Side.CLIENT);
        s.advanceBy(4_000);
        long drops = s.trace().events().stream().filter(e -> e instanceof TraceEvent.SegmentDropped).count();
        assertEquals(2, drops, "the SYN and its first retransmission");
        assertEquals(State.ESTABLISHED, s.state(Side.CLIENT));
    }

    @Test
    void stepBackShowsEarlierStatesExactlyAndRefusesActionsUntilLive() {
        SandboxSession s = new SandboxSession();
        handshake(s);
        Playback shown = s.playbackProperty().get();
        assertEquals(State.ESTABLISHED, shown.stateProperty(Side.CLIENT).get());
        int last = shown.getEventIndex();
        Playback reference = new Playback(s.trace());
        while (shown.getEventIndex() > 0) {
            s.stepBack();
            reference.seekToIndex(shown.getEventIndex());
            for (Side side : Side.values()) {
                assertEquals(reference.stateProperty(side).get(), shown.stateProperty(side).get(),
                        "at event " + shown.getEventIndex());
            }
        }
        assertEquals(State.CLOSED, shown.stateProperty(Side.CLIENT).get(), "before the connect");
        assertFalse(s.isLive());
        assertThrows(IllegalStateException.class, () -> s.close(Side.CLIENT));
        long before = s.now();
        s.advanceBy(1_000);
        assertEquals(before, s.now(), "time does not run while stepped back");
        for (int i = 0; i < last; i++) {
            s.stepForward();
        }
        assertTrue(s.isLive(), "stepping forward to the end is live again");
        assertEquals(State.ESTABLISHED, shown.stateProperty(Side.CLIENT).get());
        s.close(Side.CLIENT);
        assertEquals(State.FIN_WAIT_1, s.state(Side.CLIENT));
    }

    @Test
    void anActionAtAMomentWhoseEventsWereHandledIsMadeOneMillisecondLater() {
        SandboxSession s = new SandboxSession();
        s.listen(Side.SERVER);
        s.connect(Side.CLIENT);
        s.advanceTo(100); // the SYN,ACK arrives at 100 and the client answers
        s.abort(Side.CLIENT);
        assertEquals(101, s.actions().get(2).time());
        s.advanceTo(150);
        assertEquals(List.of(0L, 0L, 101L), s.actions().stream().map(SandboxAction::time).toList());
    }

    @Test
    void theClockJumpsOverTimeWaitInsteadOfWaitingFourMinutes() {
        SandboxSession s = new SandboxSession();
        handshake(s);
        s.close(Side.CLIENT);
        s.advanceBy(100);
        s.close(Side.SERVER);
        s.advanceBy(100);
        assertEquals(State.TIME_WAIT, s.state(Side.CLIENT));
        SandboxClock clock = new SandboxClock(s);
        int frames = 0;
        while (s.state(Side.CLIENT) == State.TIME_WAIT && frames < 1_000) {
            clock.advanceReal(1 / 60.0);
            frames++;
        }
        assertEquals(State.CLOSED, s.state(Side.CLIENT));
        assertTrue(frames <= 61, "within one second of real time (one dwell), not 240: " + frames + " frames");
        assertTrue(clock.lastJumpProperty().get() > 200_000, "skipped most of 2 x MSL: " + clock.lastJumpProperty().get());
        assertTrue(s.trace().events().stream().anyMatch(e -> e instanceof TraceEvent.TimerFired f
                && f.kind() == TimerKind.TIME_WAIT), "the 2MSL timer fired in virtual time");
    }

    @Test
    void theClockRunsAtItsRateAndStandsStillWhenIdleOrPaused() {
        SandboxSession s = new SandboxSession();
        SandboxClock clock = new SandboxClock(s);
        clock.advanceReal(0.5);
        assertEquals(0, s.now(), "nothing scheduled: time stands still");
        s.listen(Side.SERVER);
        s.connect(Side.CLIENT);
        clock.rateProperty().set(10);
        clock.advanceReal(1 / 64.0); // 15.625 ms real at 10x
        assertEquals(156, s.now());
        clock.pausedProperty().set(true);
        clock.advanceReal(0.5);
        assertEquals(156, s.now());
    }

    @Test
    void reachingTheTimeBoundStopsTheSandboxAndSaysSo() {
        SandboxSession s = new SandboxSession(new org.handshakelab.model.sim.Scenario(
                org.handshakelab.model.sim.EndpointSetup.defaultClient(), org.handshakelab.model.sim.EndpointSetup.defaultServer(),
                org.handshakelab.model.net.NetworkConfig.DEFAULT, List.of(),
                new org.handshakelab.model.sim.SimulationBounds(100_000, 5_000), 1L));
        s.listen(Side.SERVER);
        s.dropNext(Side.CLIENT);
        s.dropNext(Side.CLIENT);
        s.dropNext(Side.CLIENT);
        s.connect(Side.CLIENT);
        s.advanceBy(10_000); // SYN retries at 1, 3, 7 s: the third is past the 5 s bound
        assertTrue(s.boundReached());
        assertTrue(s.isIdle(), "the clock stops");
        assertTrue(s.trace().events().get(s.trace().size() - 1) instanceof TraceEvent.BoundReached);
    }
}
