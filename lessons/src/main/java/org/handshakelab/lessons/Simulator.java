package org.handshakelab.lessons;

import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.SimulationResult;

/** Runs a scenario to its trace. The loader uses the TCP model's; tests may give a hand-built trace. */
@FunctionalInterface
public interface Simulator {
    SimulationResult run(Scenario scenario);

    /** The TCP model's simulation. */
    static Simulator model() {
        return scenario -> {
            throw new UnsupportedOperationException("the TCP model's simulation is not available in this build");
        };
    }
}
