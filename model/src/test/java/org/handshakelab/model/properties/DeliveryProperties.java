package org.handshakelab.model.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/** Loss, delay, duplication and reordering never corrupt, reorder or invent application bytes. */
class DeliveryProperties {

    @Provide
    Arbitrary<Plan> faulty() {
        return Plans.plans(false, false);
    }

    @Property(tries = 1000)
    void each_application_receives_a_prefix_of_what_the_other_sent_in_order(@ForAll("faulty") Plan plan) {
        Trace trace = Simulation.run(plan.scenario()).trace();
        for (Side side : Side.values()) {
            byte[] sent = sent(trace, side.peer());
            byte[] received = received(trace, side);
            assertTrue(received.length <= sent.length, () -> side + " received more than was sent");
            assertArrayEquals(Arrays.copyOf(sent, received.length), received, () -> side + " received other bytes");
        }
    }

    static byte[] sent(Trace trace, Side side) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.CallMade c && c.side() == side && c.result().ok() && c.call() instanceof AppCall.Send s) {
                out.writeBytes(s.data());
            }
        }
        return out.toByteArray();
    }

    static byte[] received(Trace trace, Side side) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.DataDelivered d && d.side() == side) {
                out.writeBytes(d.data());
            }
        }
        return out.toByteArray();
    }
}
