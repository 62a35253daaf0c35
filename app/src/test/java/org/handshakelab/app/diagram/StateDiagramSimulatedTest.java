package org.handshakelab.app.diagram;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handshakelab.app.export.FxTesting;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diagram over a trace computed by the model: tcp-reference.md scenario 6, the four-way close. */
class StateDiagramSimulatedTest {

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    static Trace fourWayClose() {
        Scenario scenario = new Scenario(EndpointSetup.defaultClient(), EndpointSetup.defaultServer(),
                NetworkConfig.DEFAULT,
                List.of(new ScriptedAction("listen", Side.SERVER, new AppCall.Listen(null), new Trigger.At(0)),
                        new ScriptedAction("connect", Side.CLIENT, new AppCall.Connect(null), new Trigger.At(10)),
                        new ScriptedAction("close", Side.CLIENT, new AppCall.Close(),
                                new Trigger.OnState(Side.CLIENT, State.ESTABLISHED, 1, 200)),
                        new ScriptedAction("server-close", Side.SERVER, new AppCall.Close(),
                                new Trigger.OnState(Side.SERVER, State.CLOSE_WAIT, 1, 100))),
                SimulationBounds.DEFAULT, 42);
        return Simulation.run(scenario).trace();
    }

    /** The state of {@code side} after events 0..index, folded the slow way. */
    private static State expected(Trace trace, Side side, int index) {
        State s = State.CLOSED;
        for (int i = 0; i <= index; i++) {
            if (trace.get(i) instanceof TraceEvent.StateChanged sc && sc.side() == side) {
                s = sc.to();
            }
        }
        return s;
    }

    @Test
    void litStatesMatchTheTraceAtEveryIndexForwardAndBackward() {
        Trace trace = fourWayClose();
        StateDiagramView v = onFx(() -> {
            StateDiagramModel model = new StateDiagramModel();
            model.traceProperty().set(trace);
            return new StateDiagramView(model);
        });
        boolean clientSawTimeWait = false;
        boolean serverSawTimeWait = false;
        for (int pass = 0; pass < 2; pass++) {
            for (int k = -1; k < trace.size(); k++) {
                int i = pass == 0 ? k : trace.size() - 2 - k;   // forward, then stepping back
                int index = i;
                onFx(() -> {
                    v.getModel().eventIndexProperty().set(index);
                    for (Side side : Side.values()) {
                        State want = expected(trace, side, index);
                        assertTrue(v.isLit(want, side), side + " at " + index + " should be " + want);
                        for (State other : State.values()) {
                            if (other != want) {
                                assertFalse(v.isLit(other, side), side + " at " + index + " not " + other);
                            }
                        }
                    }
                    return null;
                });
                clientSawTimeWait |= onFx(() -> v.isLit(State.TIME_WAIT, Side.CLIENT));
                serverSawTimeWait |= onFx(() -> v.isLit(State.TIME_WAIT, Side.SERVER));
            }
        }
        assertTrue(clientSawTimeWait, "the active closer waits in TIME-WAIT");
        assertFalse(serverSawTimeWait, "the passive closer never does");
        assertEquals(State.CLOSED, onFx(() -> v.getModel().clientStateProperty().get()));
    }
}
