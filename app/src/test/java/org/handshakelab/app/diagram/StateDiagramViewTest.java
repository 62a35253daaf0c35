package org.handshakelab.app.diagram;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.handshakelab.app.export.FxTesting.runFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StateDiagramViewTest {
    private final Trace trace = HandBuiltTrace.handshakeDataAndClose();

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    private StateDiagramView view(int eventIndex) {
        return onFx(() -> {
            StateDiagramModel model = new StateDiagramModel();
            model.traceProperty().set(trace);
            model.eventIndexProperty().set(eventIndex);
            StateDiagramView v = new StateDiagramView(model);
            FxTesting.sceneOf(v, 900, 860);
            return v;
        });
    }

    @Test
    void litBoxesFollowTheEventIndexAndMarkBothSidesWhenTheyShareAState() {
        int bothEstablished = HandBuiltTrace.indexOfChange(trace, Side.SERVER, State.ESTABLISHED);
        StateDiagramView v = view(bothEstablished);
        onFx(() -> {
            assertTrue(v.isLit(State.ESTABLISHED, Side.CLIENT));
            assertTrue(v.isLit(State.ESTABLISHED, Side.SERVER));
            for (State s : State.values()) {
                if (s != State.ESTABLISHED) {
                    assertFalse(v.isLit(s, Side.CLIENT), s + " lit for client");
                    assertFalse(v.isLit(s, Side.SERVER), s + " lit for server");
                }
            }
            assertEquals(new Transitions.Transition(State.SYN_RECEIVED, State.ESTABLISHED, "rcv ACK of SYN", "x",
                    "3.10.7.4"), v.getHighlightedTransition());
            assertTrue(v.getCaption().contains("received ACK of our SYN"), v.getCaption());
            return null;
        });
    }

    /**
     * The figure is drawn once into a bitmap: what a state change lights is drawn over it, so nothing
     * inside the cached figure may change (that would make the renderer draw all of it again).
     */
    @Test
    void stateChangesLightNodesOverTheCachedFigureAndLeaveTheFigureAlone() {
        StateDiagramView v = view(-1);
        onFx(() -> {
            Node figure = v.lookup(".state-diagram-content");
            assertTrue(figure.isCache(), "the figure is cached");
            for (int i = 0; i < trace.size(); i++) {
                v.getModel().eventIndexProperty().set(i);
                for (Node n : figure.lookupAll("*")) {
                    assertTrue(n.getPseudoClassStates().isEmpty(), "at event " + i + ", inside the figure: " + n);
                    assertTrue(n.isVisible(), "at event " + i + ", inside the figure: " + n);
                }
            }
            assertTrue(v.isLit(State.TIME_WAIT, Side.CLIENT) || v.isLit(State.CLOSED, Side.CLIENT),
                    "and yet the states are lit: the trace ends with the client in TIME-WAIT or CLOSED");
            return null;
        });
    }

    @Test
    void steppingBackRelightsThePreviousStatesAndTransition() {
        int synSent = HandBuiltTrace.indexOfChange(trace, Side.CLIENT, State.SYN_SENT);
        int synReceived = HandBuiltTrace.indexOfChange(trace, Side.SERVER, State.SYN_RECEIVED);
        StateDiagramView v = view(synReceived);
        runFx(() -> v.getModel().eventIndexProperty().set(synReceived + 5));
        runFx(() -> v.getModel().eventIndexProperty().set(synSent));
        onFx(() -> {
            assertTrue(v.isLit(State.SYN_SENT, Side.CLIENT));
            assertTrue(v.isLit(State.LISTEN, Side.SERVER));
            assertFalse(v.isLit(State.SYN_RECEIVED, Side.SERVER));
            assertFalse(v.isLit(State.ESTABLISHED, Side.CLIENT));
            assertEquals(State.CLOSED, v.getHighlightedTransition().from());
            assertEquals(State.SYN_SENT, v.getHighlightedTransition().to());
            return null;
        });
    }

    @Test
    void beforeTheFirstEventBothAreClosedAndNothingIsHighlighted() {
        StateDiagramView v = view(-1);
        onFx(() -> {
            assertTrue(v.isLit(State.CLOSED, Side.CLIENT));
            assertTrue(v.isLit(State.CLOSED, Side.SERVER));
            assertNull(v.getHighlightedTransition());
            assertEquals("", v.getCaption());
            return null;
        });
    }

    @Test
    void aResetThatFigure5DoesNotDrawGetsADashedArrowAndSaysSo() {
        Trace reset = new Trace(java.util.List.of(
                new org.handshakelab.model.trace.TraceEvent.StateChanged(0, Side.SERVER, State.CLOSED, State.LISTEN, "listen"),
                new org.handshakelab.model.trace.TraceEvent.StateChanged(5, Side.SERVER, State.LISTEN, State.SYN_RECEIVED, "received SYN"),
                new org.handshakelab.model.trace.TraceEvent.StateChanged(9, Side.SERVER, State.SYN_RECEIVED, State.ESTABLISHED, "received ACK"),
                new org.handshakelab.model.trace.TraceEvent.StateChanged(20, Side.SERVER, State.ESTABLISHED, State.CLOSED,
                        "received RST: connection reset")), -1, 5000);
        StateDiagramView v = onFx(() -> {
            StateDiagramModel model = new StateDiagramModel();
            model.traceProperty().set(reset);
            model.eventIndexProperty().set(3);
            StateDiagramView view = new StateDiagramView(model);
            FxTesting.sceneOf(view, 900, 860);
            return view;
        });
        onFx(() -> {
            assertNull(v.getHighlightedTransition(), "no arrow of Figure 5 goes from ESTABLISHED to CLOSED");
            assertEquals(1, v.lookupAll(".transition-line.ad-hoc").size());
            assertTrue(v.getCaption().contains("connection reset"), v.getCaption());
            assertTrue(v.getCaption().contains("Figure 5 does not draw"), v.getCaption());
            assertTrue(v.isLit(State.CLOSED, Side.SERVER));
            v.getModel().eventIndexProperty().set(2);
            assertEquals(0, v.lookupAll(".transition-line.ad-hoc").size(), "stepping back removes it");
            return null;
        });
        FxTesting.runFx(() -> v.getModel().eventIndexProperty().set(3));
        FxTesting.saveSnapshot(v, Color.WHITE, FxTesting.picture("teaching-diagram-reset.png"));
    }

    @Test
    void snapshotsForAPersonToLookAt() {
        int timeWait = HandBuiltTrace.indexOfChange(trace, Side.CLIENT, State.TIME_WAIT);
        StateDiagramView v = view(timeWait);
        FxTesting.saveSnapshot(v, Color.WHITE, FxTesting.picture("teaching-diagram.png"));
        int both = HandBuiltTrace.indexOfChange(trace, Side.SERVER, State.ESTABLISHED);
        StateDiagramView shared = view(both);
        runFx(() -> shared.localeProperty().set(Locale.KOREAN));
        FxTesting.saveSnapshot(shared, Color.WHITE, FxTesting.picture("teaching-diagram-shared-ko.png"));
    }
}
