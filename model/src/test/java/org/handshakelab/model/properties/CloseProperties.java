package org.handshakelab.model.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.handshakelab.model.scenarios.TraceSummary;
import org.handshakelab.model.sim.Outcome;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.sim.SimulationResult;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;

/** Once both applications close and the faults stop, both ends reach CLOSED; the active closer by TIME-WAIT. */
class CloseProperties {

    @Provide
    Arbitrary<Plan> finite() {
        return Plans.plans(true, false);
    }

    @Provide
    Arbitrary<Plan> finiteLongTimeWait() {
        return Plans.plans(true, false, true);
    }

    /**
     * Any TIME-WAIT, even 0: both end CLOSED. (With a TIME-WAIT shorter than the peer's
     * retransmissions, the peer's retransmitted FIN may meet a CLOSED port and be reset: that is
     * the hazard TIME-WAIT exists for, so TIME-WAIT is asserted only in the next property.)
     */
    @Property(tries = 1000)
    void both_sides_end_closed(@ForAll("finite") Plan plan) {
        SimulationResult result = Simulation.run(plan.scenario());
        assertEquals(Outcome.COMPLETED, result.outcome());
        for (Side side : Side.values()) {
            List<State> states = TraceSummary.states(result.trace(), side);
            assertEquals(State.CLOSED, states.get(states.size() - 1), () -> side + " ended in " + states);
        }
    }

    @Property(tries = 1000)
    void with_a_real_time_wait_active_closers_pass_it_and_passive_closers_pass_last_ack(
            @ForAll("finiteLongTimeWait") Plan plan) {
        SimulationResult result = Simulation.run(plan.scenario());
        assertEquals(Outcome.COMPLETED, result.outcome());
        for (Side side : Side.values()) {
            List<State> states = TraceSummary.states(result.trace(), side);
            assertEquals(State.CLOSED, states.get(states.size() - 1), () -> side + " ended in " + states);
            int finWait1 = states.indexOf(State.FIN_WAIT_1);
            if (finWait1 >= 0) {
                assertTrue(states.subList(finWait1, states.size()).contains(State.TIME_WAIT),
                        () -> side + " closed actively but skipped TIME-WAIT: " + states);
            } else {
                assertTrue(states.contains(State.LAST_ACK), () -> side + " closed passively without LAST-ACK: " + states);
            }
        }
    }

    @Property(tries = 1000)
    void with_faults_that_stop_every_byte_arrives(@ForAll("finite") Plan plan) {
        SimulationResult result = Simulation.run(plan.scenario());
        for (Side side : Side.values()) {
            assertArrayEquals(DeliveryProperties.sent(result.trace(), side.peer()),
                    DeliveryProperties.received(result.trace(), side));
        }
    }
}
