package org.handshakelab.model.scenarios;

import static org.handshakelab.model.scenarios.ScenarioBuilder.abort;
import static org.handshakelab.model.scenarios.ScenarioBuilder.close;
import static org.handshakelab.model.scenarios.ScenarioBuilder.connect;
import static org.handshakelab.model.scenarios.ScenarioBuilder.listen;
import static org.handshakelab.model.scenarios.ScenarioBuilder.send;
import static org.handshakelab.model.tcp.State.CLOSED;
import static org.handshakelab.model.tcp.State.CLOSE_WAIT;
import static org.handshakelab.model.tcp.State.CLOSING;
import static org.handshakelab.model.tcp.State.ESTABLISHED;
import static org.handshakelab.model.tcp.State.FIN_WAIT_1;
import static org.handshakelab.model.tcp.State.FIN_WAIT_2;
import static org.handshakelab.model.tcp.State.LAST_ACK;
import static org.handshakelab.model.tcp.State.LISTEN;
import static org.handshakelab.model.tcp.State.SYN_RECEIVED;
import static org.handshakelab.model.tcp.State.SYN_SENT;
import static org.handshakelab.model.tcp.State.TIME_WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.net.Direction;
import org.handshakelab.model.net.FaultAction;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.sim.Outcome;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.sim.SimulationResult;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TcpSettings;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** The acceptance table of tcp-reference.md §6: scenarios 1-14, every segment and every state. */
class CanonicalScenariosTest {
    private static final Side C = Side.CLIENT;
    private static final Side S = Side.SERVER;
    private static final List<String> HANDSHAKE = List.of("C>S SYN 0 len=0", "S>C SYN,ACK 0/1 len=0", "C>S ACK 1/1 len=0");

    private static Trace run(ScenarioBuilder b) {
        SimulationResult result = Simulation.run(b.build());
        assertEquals(Outcome.COMPLETED, result.outcome());
        return result.trace();
    }

    private static List<String> handshakeThen(String... more) {
        List<String> all = new ArrayList<>(HANDSHAKE);
        all.addAll(List.of(more));
        return all;
    }

    private static void assertStates(Trace t, Side side, State... states) {
        assertEquals(List.of(states), TraceSummary.states(t, side), side + " states");
    }

    @Test
    void s01_three_way_handshake() {
        Trace t = run(new ScenarioBuilder().handshake());
        assertEquals(HANDSHAKE, TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED);
        assertEquals(1000, t.clientIsn());
        assertEquals(5000, t.serverIsn());
    }

    @Test
    void s02_syn_lost_is_retransmitted_after_the_rto() {
        Trace t = run(new ScenarioBuilder().handshake().drop("lose-syn", Direction.CLIENT_TO_SERVER, Flags.SYN, null, 1));
        assertEquals(List.of("C>S SYN 0 len=0 lost", "C>S SYN 0 len=0 rtx", "S>C SYN,ACK 0/1 len=0", "C>S ACK 1/1 len=0"),
                TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED);
        assertEquals(1150, TraceSummary.timeEntered(t, S, SYN_RECEIVED, 1), "SYN resent at 100 + 1000 ms RTO");
    }

    @Test
    void s03_syn_ack_lost_server_retransmits_and_a_repeated_syn_gets_only_an_ack() {
        Trace t = run(new ScenarioBuilder().handshake()
                .drop("lose-synack", Direction.SERVER_TO_CLIENT, Flags.SYN | Flags.ACK, null, 1));
        assertEquals(List.of("C>S SYN 0 len=0", "S>C SYN,ACK 0/1 len=0 lost", "C>S SYN 0 len=0 rtx",
                "S>C SYN,ACK 0/1 len=0 rtx", "S>C ACK 1/1 len=0", "C>S ACK 1/1 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED);
    }

    @Test
    void s04_connection_refused_by_a_closed_port() {
        Trace t = run(new ScenarioBuilder().at(100, C, connect()));
        assertEquals(List.of("C>S SYN 0 len=0", "S>C RST,ACK 0/1 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, CLOSED);
        assertStates(t, S);
        assertEquals(List.of("connection refused"), TraceSummary.notifications(t, C));
    }

    @Test
    void s05_simultaneous_open_takes_four_segments() {
        Trace t = run(new ScenarioBuilder().at(0, C, connect()).at(0, S, connect()));
        assertEquals(List.of("C>S SYN 0 len=0", "S>C SYN 0 len=0", "S>C SYN,ACK 0/1 len=0", "C>S SYN,ACK 0/1 len=0"),
                TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, SYN_RECEIVED, ESTABLISHED);
        assertStates(t, S, SYN_SENT, SYN_RECEIVED, ESTABLISHED);
    }

    private static ScenarioBuilder fourWayClose() {
        return new ScenarioBuilder().handshake().at(1000, C, close()).onState(S, CLOSE_WAIT, 500, S, close());
    }

    @Test
    void s06_four_way_close_client_first() {
        Trace t = run(fourWayClose());
        assertEquals(handshakeThen("C>S FIN,ACK 1/1 len=0", "S>C ACK 1/2 len=0", "S>C FIN,ACK 1/2 len=0",
                "C>S ACK 2/2 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED);
        long tw = TraceSummary.timeEntered(t, C, TIME_WAIT, 1);
        assertEquals(tw + 240_000, TraceSummary.timeEntered(t, C, CLOSED, 1), "2 x MSL with MSL 120 s");
    }

    @Test
    void s07_three_segment_close_with_delayed_ack() {
        Trace t = run(new ScenarioBuilder().server(TcpSettings.DEFAULTS.withDelayedAck(true)).handshake()
                .at(1000, C, close()).onState(S, CLOSE_WAIT, 0, S, close()));
        assertEquals(handshakeThen("C>S FIN,ACK 1/1 len=0", "S>C FIN,ACK 1/2 len=0", "C>S ACK 2/2 len=0"),
                TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED, FIN_WAIT_1, TIME_WAIT, CLOSED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED);
    }

    @Test
    void s08_simultaneous_close_both_through_closing_and_time_wait() {
        Trace t = run(new ScenarioBuilder().handshake().at(1000, C, close()).at(1000, S, close()));
        assertEquals(handshakeThen("C>S FIN,ACK 1/1 len=0", "S>C FIN,ACK 1/1 len=0", "S>C ACK 2/2 len=0",
                "C>S ACK 2/2 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED, FIN_WAIT_1, CLOSING, TIME_WAIT, CLOSED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, CLOSING, TIME_WAIT, CLOSED);
    }

    private static ScenarioBuilder halfClose() {
        return new ScenarioBuilder().handshake().at(1000, C, close())
                .onState(S, CLOSE_WAIT, 500, S, send(100)).onState(S, CLOSE_WAIT, 1000, S, close());
    }

    @Test
    void s09_half_close_server_keeps_sending_in_close_wait() {
        Trace t = run(halfClose());
        assertEquals(handshakeThen("C>S FIN,ACK 1/1 len=0", "S>C ACK 1/2 len=0", "S>C ACK 1/2 len=100",
                "C>S ACK 2/101 len=0", "S>C FIN,ACK 101/2 len=0", "C>S ACK 2/102 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED);
        assertEquals(100, TraceSummary.received(t, C).length);
    }

    @Test
    void s10_final_ack_lost_fin_retransmitted_time_wait_restarted() {
        Trace t = run(fourWayClose().drop("lose-last-ack", Direction.CLIENT_TO_SERVER, Flags.ACK, false, 2));
        assertEquals(handshakeThen("C>S FIN,ACK 1/1 len=0", "S>C ACK 1/2 len=0", "S>C FIN,ACK 1/2 len=0",
                "C>S ACK 2/2 len=0 lost", "S>C FIN,ACK 1/2 len=0 rtx", "C>S ACK 2/2 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED);
        List<Long> timeWaitSets = new ArrayList<>();
        for (TraceEvent e : t.events()) {
            if (e instanceof TraceEvent.TimerSet s && s.side() == C && s.kind() == org.handshakelab.model.tcp.TimerKind.TIME_WAIT) {
                timeWaitSets.add(s.time());
            }
        }
        assertEquals(2, timeWaitSets.size(), "started, then restarted by the retransmitted FIN");
        assertEquals(timeWaitSets.get(1) + 240_000, TraceSummary.timeEntered(t, C, CLOSED, 1));
    }

    @Test
    void s11_late_data_overtaken_by_fin_is_reassembled_before_time_wait() {
        Trace t = run(new ScenarioBuilder().handshake().at(1000, C, close())
                .onState(S, CLOSE_WAIT, 500, S, send(100)).onState(S, CLOSE_WAIT, 510, S, close())
                .rule(new FaultRule("late-data", Direction.SERVER_TO_CLIENT, 0, null, true, 1, new FaultAction.Delay(300))));
        assertEquals(handshakeThen("C>S FIN,ACK 1/1 len=0", "S>C ACK 1/2 len=0", "S>C ACK 1/2 len=100",
                "S>C FIN,ACK 101/2 len=0", "C>S ACK 2/1 len=0", "C>S ACK 2/102 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED);
        assertEquals(100, TraceSummary.received(t, C).length, "no byte lost");
        long finArrived = -1;
        for (TraceEvent e : t.events()) {
            if (e instanceof TraceEvent.SegmentDelivered d && d.side() == C && d.segment().has(Flags.FIN)) {
                finArrived = d.time();
            }
        }
        long timeWait = TraceSummary.timeEntered(t, C, TIME_WAIT, 1);
        assertEquals(1610, finArrived);
        assertEquals(1900, timeWait, "TIME-WAIT only once the delayed data filled the gap");
    }

    private static ScenarioBuilder oldDuplicate(boolean rfc1337) {
        return halfClose().client(TcpSettings.DEFAULTS.withRfc1337(rfc1337))
                .rule(new FaultRule("old-copy", Direction.SERVER_TO_CLIENT, 0, null, true, 1, new FaultAction.Duplicate(5000)));
    }

    @Test
    void s12a_old_duplicate_in_time_wait_is_acked_and_the_reply_rst_assassinates_time_wait() {
        Trace t = run(oldDuplicate(false));
        assertEquals(handshakeThen("C>S FIN,ACK 1/1 len=0", "S>C ACK 1/2 len=0", "S>C ACK 1/2 len=100",
                "C>S ACK 2/101 len=0", "S>C FIN,ACK 101/2 len=0", "C>S ACK 2/102 len=0",
                "C>S ACK 2/102 len=0", "S>C RST 102 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSE_WAIT, LAST_ACK, CLOSED);
        assertEquals(100, TraceSummary.received(t, C).length, "the duplicate is never delivered");
        assertEquals(6700, TraceSummary.timeEntered(t, C, CLOSED, 1), "closed by the RST, long before 2 x MSL");
        assertEquals(1, t.events().stream().filter(e -> e instanceof TraceEvent.TimerSet s && s.side() == C
                && s.kind() == org.handshakelab.model.tcp.TimerKind.TIME_WAIT).count(), "the duplicate did not restart TIME-WAIT");
    }

    @Test
    void s12b_old_duplicate_in_time_wait_with_rfc1337_the_rst_is_ignored() {
        Trace t = run(oldDuplicate(true));
        assertEquals(handshakeThen("C>S FIN,ACK 1/1 len=0", "S>C ACK 1/2 len=0", "S>C ACK 1/2 len=100",
                "C>S ACK 2/101 len=0", "S>C FIN,ACK 101/2 len=0", "C>S ACK 2/102 len=0",
                "C>S ACK 2/102 len=0", "S>C RST 102 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED);
        long tw = TraceSummary.timeEntered(t, C, TIME_WAIT, 1);
        assertEquals(tw + 240_000, TraceSummary.timeEntered(t, C, CLOSED, 1), "TIME-WAIT runs its full 2 x MSL");
    }

    @Test
    void s13_abort_sends_rst_and_resets_the_peer() {
        Trace t = run(new ScenarioBuilder().handshake().at(1000, C, abort()));
        assertEquals(handshakeThen("C>S RST 1 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, ESTABLISHED, CLOSED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, ESTABLISHED, CLOSED);
        assertEquals(List.of("connection reset"), TraceSummary.notifications(t, S));
    }

    @Test
    void s14_rst_returns_a_passive_syn_received_to_listen() {
        // the client gives up in SYN-SENT; the SYN,ACK then finds no connection and draws a RST
        Trace t = run(new ScenarioBuilder().handshake().at(120, C, close()));
        assertEquals(List.of("C>S SYN 0 len=0", "S>C SYN,ACK 0/1 len=0", "C>S RST 1 len=0"), TraceSummary.segments(t));
        assertStates(t, C, SYN_SENT, CLOSED);
        assertStates(t, S, LISTEN, SYN_RECEIVED, LISTEN);
    }

    private static ScenarioBuilder reuseAfterClose(long clientMsl) {
        return new ScenarioBuilder().client(TcpSettings.DEFAULTS.withMslMillis(clientMsl)).handshake()
                .onState(S, ESTABLISHED, 100, S, send(100))
                .rule(new FaultRule("old-copy", Direction.SERVER_TO_CLIENT, 0, null, true, 1, new FaultAction.Duplicate(3000)))
                .onBytes(C, 100, 0, C, close()).onState(S, CLOSE_WAIT, 0, S, close())
                .at(1500, S, new org.handshakelab.model.tcp.AppCall.Listen(4990L))
                .at(1600, C, new org.handshakelab.model.tcp.AppCall.Connect(9000L))
                .at(4000, S, send(10));
    }

    @Test
    void s15_without_time_wait_an_old_duplicate_is_accepted_by_the_next_connection() {
        // tcp-reference.md §4.4 / RFC 1337 hazard H1: TIME-WAIT of 0 lets the same four-tuple be
        // reused at once; the old copy of bytes 1-100 (seq 5001) lands in the new window (RCV.NXT 4991)
        Trace t = run(reuseAfterClose(0));
        byte[] received = TraceSummary.received(t, C);
        assertEquals(100 + 10 + 100, received.length, "10 new bytes, then 100 stale bytes of the old connection");
        byte[] old = java.util.Arrays.copyOfRange(received, 0, 100);
        assertEquals(java.util.Arrays.toString(old),
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(received, 110, 210)));
        // ...and hazard H2: the ends are desynchronized (client RCV.NXT 5101, server SND.NXT 5001), each
        // answers the other's ACK as unacceptable with an ACK, until the server gives up and resets
        assertTrue(TraceSummary.segments(t).size() > 1000, "an ACK loop");
        assertStates(t, C, SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED, SYN_SENT, ESTABLISHED, CLOSED);
        assertEquals(List.of("connection closing", "connection reset"), TraceSummary.notifications(t, C));
        assertEquals(List.of("connection closing", "connection timed out"), TraceSummary.notifications(t, S));
    }

    @Test
    void s15b_with_time_wait_the_four_tuple_cannot_be_reused_and_the_duplicate_is_absorbed() {
        Trace t = run(reuseAfterClose(120_000));
        assertEquals(100, TraceSummary.received(t, C).length);
        TraceEvent.CallMade reconnect = t.events().stream().filter(e -> e instanceof TraceEvent.CallMade m && m.side() == C
                && m.call() instanceof org.handshakelab.model.tcp.AppCall.Connect && m.time() == 1600)
                .map(e -> (TraceEvent.CallMade) e).findFirst().orElseThrow();
        assertEquals("connection already exists", reconnect.result().error(), "still in TIME-WAIT");
    }
}
