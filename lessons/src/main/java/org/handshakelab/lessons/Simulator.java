package org.handshakelab.lessons;

import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.sim.SimulationResult;

/** Runs a scenario to its trace. The loader uses the TCP model's; tests may give a hand-built trace. */
@FunctionalInterface
public interface Simulator {
    SimulationResult run(Scenario scenario);

    /**
     * A run, and where each scripted action's application call is in the trace.
     *
     * @param actionCallIndexes for each action of the scenario, the index of its
     *                          {@link org.handshakelab.model.trace.TraceEvent.CallMade} event (-1: it never
     *                          ran), or null when the simulator does not know (then the loader finds the
     *                          calls by their endpoint, call and time)
     */
    record Run(SimulationResult result, int[] actionCallIndexes) {
    }

    default Run runWithCalls(Scenario scenario) {
        return new Run(run(scenario), null);
    }

    /** The TCP model's simulation ({@link Simulation}). */
    static Simulator model() {
        return new Simulator() {
            @Override
            public SimulationResult run(Scenario scenario) {
                return Simulation.run(scenario);
            }

            @Override
            public Run runWithCalls(Scenario scenario) {
                Simulation simulation = new Simulation(scenario);
                SimulationResult result = simulation.runToEnd();
                int[] calls = new int[scenario.actions().size()];
                for (int i = 0; i < calls.length; i++) {
                    calls[i] = simulation.actionCallIndex(i);
                }
                return new Run(result, calls);
            }
        };
    }
}
