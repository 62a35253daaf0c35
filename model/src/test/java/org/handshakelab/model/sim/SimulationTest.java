package org.handshakelab.model.sim;

import static org.handshakelab.model.scenarios.ScenarioBuilder.close;
import static org.handshakelab.model.scenarios.ScenarioBuilder.connect;
import static org.handshakelab.model.scenarios.ScenarioBuilder.listen;
import static org.handshakelab.model.scenarios.ScenarioBuilder.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.net.Direction;
import org.handshakelab.model.net.FaultAction;
import org.handshakelab.model.net.FaultRule;
import org.handshakelab.model.scenarios.ScenarioBuilder;
import org.handshakelab.model.scenarios.TraceSummary;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.CallResult;
import org.handshakelab.model.tcp.DiscardReason;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TcpSettings;
import org.handshakelab.model.tcp.TimerKind;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

class SimulationTest {
    private static final Side C = Side.CLIENT;
    private static final Side S = Side.SERVER;

    private static <T extends TraceEvent> List<T> all(Trace t, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (TraceEvent e : t.events()) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    @Test
    void the_same_scenario_gives_an_equal_trace() {
        Scenario s = new ScenarioBuilder().isns(null, null).randomLoss(0.2, 7).seed(99).handshake()
                .onState(C, State.ESTABLISHED, 0, C, send(5000)).onBytes(S, 5000, 0, S, close())
                .onState(C, State.CLOSE_WAIT, 0, C, close()).build();
        assertEquals(Simulation.run(s), Simulation.run(s));
    }

    @Test
    void trace_size_and_last_event_time_agree_with_the_copied_trace_at_every_step() {
        // a bulk send spans several of the event log's 1,024-event chunks
        Simulation sim = new Simulation(new ScenarioBuilder().handshake()
                .onState(C, State.ESTABLISHED, 0, C, send(200_000)).build());
        assertEquals(0, sim.traceSize());
        assertEquals(-1, sim.lastEventTime());
        int checked = 0;
        while (sim.step()) {
            Trace copy = sim.trace();
            assertEquals(copy.size(), sim.traceSize());
            assertEquals(copy.get(copy.size() - 1).time(), sim.lastEventTime());
            checked++;
        }
        assertTrue(sim.traceSize() > 2_048, "crossed chunk boundaries: " + sim.traceSize() + " after " + checked);
    }

    @Test
    void isns_not_given_are_drawn_from_the_scenario_seed() {
        Trace a = Simulation.run(new ScenarioBuilder().isns(null, null).seed(1).handshake().build()).trace();
        Trace b = Simulation.run(new ScenarioBuilder().isns(null, null).seed(2).handshake().build()).trace();
        assertNotEquals(a.clientIsn(), b.clientIsn());
        assertEquals(a.clientIsn(), Simulation.run(new ScenarioBuilder().isns(null, null).seed(1).handshake().build())
                .trace().clientIsn());
        assertEquals(List.of("C>S SYN 0 len=0", "S>C SYN,ACK 0/1 len=0", "C>S ACK 1/1 len=0"), TraceSummary.segments(b));
    }

    @Test
    void segment_ids_count_up_in_send_order_and_a_duplicate_copy_takes_the_next_id() {
        Trace t = Simulation.run(new ScenarioBuilder().handshake()
                .rule(new FaultRule("dup", Direction.SERVER_TO_CLIENT, Flags.SYN, null, null, 1, new FaultAction.Duplicate(10)))
                .build()).trace();
        List<Integer> sentIds = all(t, TraceEvent.SegmentSent.class).stream().map(TraceEvent.SegmentSent::id).toList();
        TraceEvent.SegmentDuplicated dup = all(t, TraceEvent.SegmentDuplicated.class).get(0);
        assertEquals(2, dup.originalId());
        assertEquals(3, dup.copyId());
        assertEquals(List.of(1, 2, 4, 5), sentIds, "4: the handshake's ACK; 5: the ACK answering the old copy");
        TraceEvent.SegmentDiscarded discarded = all(t, TraceEvent.SegmentDiscarded.class).get(0);
        assertEquals(3, discarded.id(), "the late copy of the SYN,ACK is an old duplicate at the client");
        assertEquals(DiscardReason.DUPLICATE, discarded.reason());
    }

    @Test
    void a_dropped_segment_is_recorded_halfway_with_its_cause() {
        Trace t = Simulation.run(new ScenarioBuilder().latency(40, 60).handshake()
                .drop("lose-syn", Direction.CLIENT_TO_SERVER, Flags.SYN, null, 1).build()).trace();
        TraceEvent.SegmentDropped d = all(t, TraceEvent.SegmentDropped.class).get(0);
        assertEquals(120, d.time(), "sent at 100, 40 ms latency");
        assertEquals("lose-syn", d.cause());
        assertEquals(1, d.id());
    }

    @Test
    void trace_events_are_in_time_order_and_state_changes_chain() {
        Trace t = Simulation.run(new ScenarioBuilder().randomLoss(0.3, 3).handshake()
                .onState(C, State.ESTABLISHED, 0, C, send(3000)).onBytes(S, 3000, 0, S, close())
                .onState(C, State.CLOSE_WAIT, 0, C, close()).build()).trace();
        long last = 0;
        State[] current = {State.CLOSED, State.CLOSED};
        for (TraceEvent e : t.events()) {
            assertTrue(e.time() >= last, () -> "out of order: " + e);
            last = e.time();
            if (e instanceof TraceEvent.StateChanged c) {
                assertEquals(current[c.side().ordinal()], c.from());
                current[c.side().ordinal()] = c.to();
            }
        }
    }

    @Test
    void timers_are_recorded_set_cancelled_and_fired() {
        Trace t = Simulation.run(new ScenarioBuilder().handshake()
                .drop("lose-syn", Direction.CLIENT_TO_SERVER, Flags.SYN, null, 1).build()).trace();
        assertEquals(new TraceEvent.TimerSet(100, C, TimerKind.RETRANSMISSION, 1100), all(t, TraceEvent.TimerSet.class).get(0));
        assertEquals(new TraceEvent.TimerFired(1100, C, TimerKind.RETRANSMISSION), all(t, TraceEvent.TimerFired.class).get(0));
        assertTrue(all(t, TraceEvent.TimerCancelled.class).contains(new TraceEvent.TimerCancelled(1200, C, TimerKind.RETRANSMISSION)));
    }

    @Test
    void calls_and_their_results_are_recorded() {
        Trace t = Simulation.run(new ScenarioBuilder().at(0, S, listen()).at(5, S, listen()).build()).trace();
        List<TraceEvent.CallMade> calls = all(t, TraceEvent.CallMade.class);
        assertEquals(CallResult.OK, calls.get(0).result());
        assertEquals(CallResult.error("connection already exists"), calls.get(1).result());
        assertEquals("application called listen", all(t, TraceEvent.StateChanged.class).get(0).cause());
    }

    @Test
    void on_state_trigger_respects_the_occurrence() {
        // the server returns to LISTEN after a RST; its second LISTEN entry triggers a close
        Scenario s = new ScenarioBuilder().handshake().at(120, C, close())
                .build();
        List<ScriptedAction> actions = new ArrayList<>(s.actions());
        actions.add(new ScriptedAction("close-listener", S, close(), new Trigger.OnState(S, State.LISTEN, 2, 10)));
        Simulation sim = new Simulation(new Scenario(s.client(), s.server(), s.network(), actions, s.bounds(), s.seed()));
        SimulationResult r = sim.runToEnd();
        assertEquals(List.of(State.LISTEN, State.SYN_RECEIVED, State.LISTEN, State.CLOSED), TraceSummary.states(r.trace(), S));
        long secondListen = TraceSummary.timeEntered(r.trace(), S, State.LISTEN, 2);
        assertEquals(secondListen + 10, TraceSummary.timeEntered(r.trace(), S, State.CLOSED, 1));
        int idx = sim.actionCallIndex(3);
        assertTrue(r.trace().get(idx) instanceof TraceEvent.CallMade m && m.side() == S && m.call() instanceof AppCall.Close);
    }

    @Test
    void on_bytes_received_fires_once_the_total_is_reached() {
        Trace t = Simulation.run(new ScenarioBuilder().client(TcpSettings.DEFAULTS.withMss(100)).handshake()
                .onState(C, State.ESTABLISHED, 0, C, send(250)).onBytes(S, 250, 7, S, send(1)).build()).trace();
        long lastDelivery = all(t, TraceEvent.DataDelivered.class).stream().filter(d -> d.side() == S)
                .mapToLong(TraceEvent::time).max().orElseThrow();
        TraceEvent.CallMade reply = all(t, TraceEvent.CallMade.class).get(3);
        assertEquals(S, reply.side());
        assertEquals(lastDelivery + 7, reply.time());
    }

    @Test
    void event_bound_stops_the_run_with_bound_reached() {
        SimulationResult r = Simulation.run(new ScenarioBuilder().bounds(new SimulationBounds(5, 1_000_000)).handshake().build());
        assertEquals(Outcome.BOUND_REACHED_EVENTS, r.outcome());
        TraceEvent last = r.trace().get(r.trace().size() - 1);
        assertEquals(new TraceEvent.BoundReached(last.time(), "max events"), last);
    }

    @Test
    void time_bound_stops_the_run_at_the_bound() {
        // a listener waiting in TIME-WAIT of 240 s outlasts a 10 s bound
        SimulationResult r = Simulation.run(new ScenarioBuilder().bounds(new SimulationBounds(100_000, 10_000)).handshake()
                .at(1000, C, close()).onState(S, State.CLOSE_WAIT, 0, S, close()).build());
        assertEquals(Outcome.BOUND_REACHED_TIME, r.outcome());
        assertEquals(new TraceEvent.BoundReached(10_000, "max time"), r.trace().get(r.trace().size() - 1));
        assertEquals(State.TIME_WAIT, TraceSummary.states(r.trace(), C).get(TraceSummary.states(r.trace(), C).size() - 1));
    }

    @Test
    void incremental_api_calls_advance_and_change_faults_at_run_time() {
        Simulation sim = new Simulation(new ScenarioBuilder().build());
        assertEquals(CallResult.OK, sim.call(S, listen()));
        sim.advanceTo(1000);
        assertEquals(1000, sim.now());
        sim.addFaultRule(new FaultRule("sandbox-drop", Direction.CLIENT_TO_SERVER, Flags.SYN, null, null, 1, new FaultAction.Drop()));
        assertEquals(CallResult.OK, sim.call(C, connect()));
        assertEquals(State.SYN_SENT, sim.state(C));
        sim.advanceTo(1500);
        assertEquals(State.LISTEN, sim.state(S), "the SYN was dropped");
        sim.advanceTo(2200);
        assertEquals(State.ESTABLISHED, sim.state(C), "the retransmitted SYN at 2000 got through");
        assertEquals(State.ESTABLISHED, sim.state(S));
        assertEquals(1001, sim.endpoint(C).sndNxt(), "client ISN 1000, SYN acknowledged");
        assertEquals(5001, sim.endpoint(C).rcvNxt());
        Trace snapshot = sim.trace();
        sim.setRandomLoss(1.0);
        sim.call(C, AppCall.Send.text("lost"));
        assertTrue(sim.trace().size() > snapshot.size());
        assertFalse(sim.isIdle());
        while (sim.step()) {
            // runs until the sender gives up
        }
        assertEquals(State.CLOSED, sim.state(C));
        assertTrue(TraceSummary.notifications(sim.trace(), C).contains("connection timed out"));
    }

    @Test
    void stepping_gives_the_same_trace_as_run() {
        Scenario s = new ScenarioBuilder().randomLoss(0.1, 5).handshake().onState(C, State.ESTABLISHED, 0, C, send(2000))
                .onBytes(S, 2000, 0, S, close()).build();
        Simulation sim = new Simulation(s);
        while (sim.step()) {
            // one event at a time
        }
        assertEquals(Simulation.run(s).trace(), sim.trace());
    }

    @Test
    void lightweight_mode_counts_the_same_events_without_keeping_them() {
        Scenario s = new ScenarioBuilder().randomLoss(0.1, 5).handshake().onState(C, State.ESTABLISHED, 0, C, send(20_000))
                .build();
        Simulation light = new Simulation(s, false);
        light.runToEnd();
        SimulationResult full = Simulation.run(s);
        assertEquals(full.trace().size(), light.eventCount());
        assertEquals(0, light.trace().size());
        assertEquals(all(full.trace(), TraceEvent.SegmentSent.class).size(), light.segmentsSent());
    }
}
