package org.handshakelab.app.diagram;

import static org.handshakelab.app.export.FxTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.handshakelab.app.export.FxTesting;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diagram driven by a real Playback over a simulated four-way close. */
class StateDiagramPlaybackTest {

    @BeforeAll
    static void startFx() {
        FxTesting.startToolkit();
    }

    private static List<State> lit(StateDiagramView v, Side side) {
        List<State> states = new ArrayList<>();
        for (State s : State.values()) {
            if (v.isLit(s, side)) {
                states.add(s);
            }
        }
        return states;
    }

    @Test
    void stepsForwardAndBackLightingExactlyThePlaybacksStates() {
        Trace trace = StateDiagramSimulatedTest.fourWayClose();
        onFx(() -> {
            Playback playback = new Playback(trace);
            StateDiagramModel model = new StateDiagramModel();
            model.follow(playback);
            StateDiagramView v = new StateDiagramView(model);
            List<List<State>> forward = new ArrayList<>();
            while (!playback.atEnd()) {
                playback.stepForward();
                for (Side side : Side.values()) {
                    assertEquals(List.of(playback.stateProperty(side).get()), lit(v, side),
                            side + " at " + playback.eventIndexProperty().get());
                }
                TakenTransition last = model.lastTransitionProperty().get();
                if (last != null) {
                    assertTrue(v.isLit(last.to(), last.side()) || last.eventIndex() < playback.eventIndexProperty().get(),
                            "the last transition ends in a lit state unless the side moved since");
                }
                forward.add(List.of(lit(v, Side.CLIENT).get(0), lit(v, Side.SERVER).get(0)));
            }
            for (int i = forward.size() - 1; i >= 0; i--) {
                assertEquals(forward.get(i), List.of(lit(v, Side.CLIENT).get(0), lit(v, Side.SERVER).get(0)),
                        "after stepping back to " + playback.eventIndexProperty().get());
                playback.stepBack();
            }
            assertEquals(-1, playback.eventIndexProperty().get());
            assertEquals(List.of(State.CLOSED), lit(v, Side.CLIENT));
            assertNull(v.getHighlightedTransition());
            return null;
        });
    }

    @Test
    void followsANewPlaybackWhenTheLessonChanges() {
        Trace trace = StateDiagramSimulatedTest.fourWayClose();
        onFx(() -> {
            SimpleObjectProperty<Playback> current = new SimpleObjectProperty<>();
            StateDiagramModel model = new StateDiagramModel();
            model.followPlayback(current);
            Playback first = new Playback(trace);
            current.set(first);
            first.seekToIndex(trace.size() - 1);
            assertEquals(first.stateProperty(Side.SERVER).get(), model.serverStateProperty().get());
            Playback second = new Playback(trace);
            current.set(second);
            assertEquals(State.CLOSED, model.clientStateProperty().get(), "a new playback starts before its first event");
            first.seekToIndex(5);
            assertEquals(-1, model.eventIndexProperty().get(), "the old playback no longer drives it");
            second.seekToIndex(trace.size() - 1);
            assertEquals(second.stateProperty(Side.CLIENT).get(), model.clientStateProperty().get());
            current.set(null);
            assertNull(model.traceProperty().get());
            return null;
        });
    }
}
