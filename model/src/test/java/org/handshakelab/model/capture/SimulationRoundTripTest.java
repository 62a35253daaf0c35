package org.handshakelab.model.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.net.NetworkConfig;
import org.handshakelab.model.sim.EndpointSetup;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.ScriptedAction;
import org.handshakelab.model.sim.Simulation;
import org.handshakelab.model.sim.SimulationBounds;
import org.handshakelab.model.sim.Trigger;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/**
 * The model simulates a scenario; its trace is exported as pcap, read back and passed to the
 * passive observer. The observer must infer the same state sequence the model computed, except
 * for the transitions a capture cannot show (TIME-WAIT's expiry; LISTEN when nothing listens).
 */
class SimulationRoundTripTest {

    static Trace simulate(List<ScriptedAction> actions) {
        Scenario scenario = new Scenario(EndpointSetup.defaultClient(), EndpointSetup.defaultServer(),
                NetworkConfig.DEFAULT, actions, SimulationBounds.DEFAULT, 1);
        return Simulation.run(scenario).trace();
    }

    static ScriptedAction at(long t, Side side, AppCall call) {
        return new ScriptedAction(null, side, call, new Trigger.At(t));
    }

    static Trace inferFromExport(Trace simulated) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PcapWriter(EndpointAddresses.of("10.0.0.1", 49152, "10.0.0.2", 80)).write(simulated, out);
        byte[] file = out.toByteArray();
        ConversationIndex index = ConversationIndex.scan(new ByteArrayInputStream(file), file.length,
                CaptureLimits.DEFAULTS, CaptureProgress.NONE);
        return PassiveStateTracker.infer(index.loadConversation(0, new ByteArrayInputStream(file), file.length,
                CaptureProgress.NONE)).trace();
    }

    static List<String> states(Trace trace, Side side, boolean visibleOnly) {
        List<String> out = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.StateChanged s && s.side() == side) {
                if (visibleOnly && s.from() == State.TIME_WAIT && s.to() == State.CLOSED) {
                    continue; // the 2 x MSL expiry sends nothing
                }
                out.add(s.from() + ">" + s.to());
            }
        }
        return out;
    }

    @Test
    void normalCloseWithDataIsInferredAsTheModelComputedIt() throws Exception {
        Trace sim = simulate(List.of(at(0, Side.SERVER, new AppCall.Listen(null)),
                at(100, Side.CLIENT, new AppCall.Connect(null)), at(300, Side.CLIENT, AppCall.Send.text("hello")),
                at(400, Side.SERVER, AppCall.Send.text("world!")), at(600, Side.CLIENT, new AppCall.Close()),
                at(800, Side.SERVER, new AppCall.Close())));
        Trace inferred = inferFromExport(sim);
        for (Side side : Side.values()) {
            assertEquals(states(sim, side, true), states(inferred, side, false), side + " states");
        }
    }

    @Test
    void simultaneousCloseIsInferredAsTheModelComputedIt() throws Exception {
        Trace sim = simulate(List.of(at(0, Side.SERVER, new AppCall.Listen(null)),
                at(100, Side.CLIENT, new AppCall.Connect(null)), at(500, Side.CLIENT, new AppCall.Close()),
                at(500, Side.SERVER, new AppCall.Close())));
        Trace inferred = inferFromExport(sim);
        for (Side side : Side.values()) {
            assertEquals(states(sim, side, true), states(inferred, side, false), side + " states");
        }
    }

    @Test
    void abortIsInferredAsTheModelComputedIt() throws Exception {
        Trace sim = simulate(List.of(at(0, Side.SERVER, new AppCall.Listen(null)),
                at(100, Side.CLIENT, new AppCall.Connect(null)), at(500, Side.CLIENT, new AppCall.Abort())));
        Trace inferred = inferFromExport(sim);
        for (Side side : Side.values()) {
            assertEquals(states(sim, side, true), states(inferred, side, false), side + " states");
        }
    }

    @Test
    void refusedConnectionIsInferredExceptTheInvisibleRetries() throws Exception {
        Trace sim = simulate(List.of(at(100, Side.CLIENT, new AppCall.Connect(null))));
        Trace inferred = inferFromExport(sim);
        assertEquals(states(sim, Side.CLIENT, true), states(inferred, Side.CLIENT, false));
        assertEquals(List.of(), states(inferred, Side.SERVER, false));
    }
}
