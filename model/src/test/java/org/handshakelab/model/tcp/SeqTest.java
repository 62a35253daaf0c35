package org.handshakelab.model.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handshakelab.model.scenarios.ScenarioBuilder;
import org.handshakelab.model.scenarios.TraceSummary;
import org.handshakelab.model.sim.Outcome;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.sim.SimulationResult;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** Sequence arithmetic modulo 2^32 (RFC 9293 §3.4), alone and through a whole connection. */
class SeqTest {
    private static final int MAX = 0xFFFF_FFFF; // -1 as an int

    @Test
    void comparisons_hold_across_the_wrap() {
        assertTrue(Seq.lt(MAX, 0));
        assertTrue(Seq.lt(MAX - 10, 5));
        assertTrue(Seq.gt(5, MAX - 10));
        assertTrue(Seq.le(MAX, MAX));
        assertTrue(Seq.ge(0, MAX));
        assertFalse(Seq.lt(0, MAX));
    }

    @Test
    void intervals_hold_across_the_wrap() {
        assertTrue(Seq.inHalfOpen(MAX - 5, 2, 10));
        assertFalse(Seq.inHalfOpen(MAX - 5, 10, 10));
        assertTrue(Seq.inOpenClosed(MAX, 0, 0));
        assertFalse(Seq.inOpenClosed(MAX, MAX, 0));
    }

    @Test
    void distance_and_unsigned_view() {
        assertEquals(2, Seq.distance(MAX, 1));
        assertEquals(4_294_967_295L, Seq.unsigned(MAX));
        assertEquals(MAX + 1, 0, "int addition wraps like sequence space");
    }

    @Test
    void acceptability_test_works_across_the_wrap() {
        int rcvNxt = MAX - 9;
        assertTrue(SynchronizedArrival.acceptable(rcvNxt, 20, rcvNxt, 100));
        assertTrue(SynchronizedArrival.acceptable(5, 0, rcvNxt, 100));
        assertFalse(SynchronizedArrival.acceptable(MAX - 30, 10, rcvNxt, 100), "wholly before RCV.NXT");
        assertTrue(SynchronizedArrival.acceptable(MAX - 15, 10, rcvNxt, 100), "ends inside the window");
    }

    @Test
    void handshake_data_and_close_with_isns_near_the_top_of_sequence_space() {
        SimulationResult result = Simulation.run(new ScenarioBuilder().isns(0xFFFF_FFF0L, 0xFFFF_FFFFL)
                .client(TcpSettings.DEFAULTS.withMss(10)).server(TcpSettings.DEFAULTS.withMss(10))
                .handshake()
                .onState(Side.CLIENT, State.ESTABLISHED, 10, Side.CLIENT, ScenarioBuilder.send(40))
                .onBytes(Side.SERVER, 40, 0, Side.SERVER, ScenarioBuilder.send(25))
                .onBytes(Side.CLIENT, 25, 0, Side.CLIENT, ScenarioBuilder.close())
                .onState(Side.SERVER, State.CLOSE_WAIT, 100, Side.SERVER, ScenarioBuilder.close())
                .build());
        assertEquals(Outcome.COMPLETED, result.outcome());
        Trace t = result.trace();
        assertEquals(List.of(State.SYN_SENT, State.ESTABLISHED, State.FIN_WAIT_1, State.FIN_WAIT_2, State.TIME_WAIT,
                State.CLOSED), TraceSummary.states(t, Side.CLIENT));
        assertEquals(List.of(State.LISTEN, State.SYN_RECEIVED, State.ESTABLISHED, State.CLOSE_WAIT, State.LAST_ACK,
                State.CLOSED), TraceSummary.states(t, Side.SERVER));
        assertArrayEquals(((AppCall.Send) ScenarioBuilder.send(40)).data(),
                TraceSummary.received(t, Side.SERVER));
        assertEquals(25, TraceSummary.received(t, Side.CLIENT).length);
        List<String> segments = TraceSummary.segments(t);
        assertEquals("C>S FIN,ACK 41/26 len=0", segments.get(segments.size() - 4));
        assertEquals("C>S ACK 42/27 len=0", segments.get(segments.size() - 1));
        boolean wrapped = t.events().stream().anyMatch(e -> e instanceof TraceEvent.SegmentSent s
                && s.side() == Side.CLIENT && Seq.unsigned(s.segment().seq()) < 100);
        assertTrue(wrapped, "the client's sequence numbers passed 2^32 and started again near 0");
    }
}
