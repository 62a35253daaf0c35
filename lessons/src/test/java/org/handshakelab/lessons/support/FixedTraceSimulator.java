package org.handshakelab.lessons.support;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.lessons.Simulator;
import org.handshakelab.model.sim.Outcome;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.SimulationResult;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * A stand-in for the TCP model that returns the same hand-built trace for every scenario, cut at
 * the scenario's bounds as the model would cut it. It also records the scenario it was given.
 */
public final class FixedTraceSimulator implements Simulator {
    private final Trace trace;
    private Scenario last;

    public FixedTraceSimulator(Trace trace) {
        this.trace = trace;
    }

    public static FixedTraceSimulator handshake() {
        return new FixedTraceSimulator(TraceBuilder.handshakeAndClose());
    }

    public Scenario lastScenario() {
        return last;
    }

    @Override
    public SimulationResult run(Scenario scenario) {
        last = scenario;
        List<TraceEvent> kept = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e.time() > scenario.bounds().maxTimeMillis()) {
                kept.add(new TraceEvent.BoundReached(scenario.bounds().maxTimeMillis(), "max time"));
                return new SimulationResult(new Trace(kept, trace.clientIsn(), trace.serverIsn()),
                        Outcome.BOUND_REACHED_TIME);
            }
            if (kept.size() >= scenario.bounds().maxEvents()) {
                return new SimulationResult(new Trace(kept, trace.clientIsn(), trace.serverIsn()),
                        Outcome.BOUND_REACHED_EVENTS);
            }
            kept.add(e);
        }
        return new SimulationResult(trace, Outcome.COMPLETED);
    }
}
