package org.handshakelab.model.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.sim.SimulationResult;

/** Same scenario and seeds: the same trace, event for event. */
class DeterminismProperties {

    @Provide
    Arbitrary<Plan> anything() {
        return Plans.plans(false, true);
    }

    @Property(tries = 1000)
    void the_same_seed_gives_an_equal_trace(@ForAll("anything") Plan plan) {
        Scenario scenario = plan.scenario();
        SimulationResult first = Simulation.run(scenario);
        SimulationResult second = Simulation.run(scenario);
        assertEquals(first, second);
        Simulation light = new Simulation(scenario, false);
        light.runToEnd();
        assertEquals(first.trace().size(), light.eventCount(), "the lightweight mode runs the same events");
    }
}
