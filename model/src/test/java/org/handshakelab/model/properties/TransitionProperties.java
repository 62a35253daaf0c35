package org.handshakelab.model.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/** Whatever the applications call and whatever the network does, states move only along the RFC table. */
class TransitionProperties {

    @Provide
    Arbitrary<Plan> anything() {
        return Plans.plans(false, true);
    }

    @Property(tries = 1000)
    void every_state_change_is_a_row_of_the_rfc_table(@ForAll("anything") Plan plan) {
        Trace trace = Simulation.run(plan.scenario()).trace();
        State[] current = {State.CLOSED, State.CLOSED};
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.StateChanged c) {
                assertEquals(current[c.side().ordinal()], c.from(), () -> "chain broken at " + c);
                assertTrue(RfcTransitions.allowed(c.from(), c.to()), () -> "not in the RFC table: " + c);
                current[c.side().ordinal()] = c.to();
            }
        }
    }

    @Property(tries = 1000)
    void trace_time_never_goes_backwards(@ForAll("anything") Plan plan) {
        long last = 0;
        for (TraceEvent e : Simulation.run(plan.scenario()).trace().events()) {
            assertTrue(e.time() >= last, () -> "out of order: " + e);
            last = e.time();
        }
    }
}
