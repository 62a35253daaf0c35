package org.handshakelab.app.diagram;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * What the state diagram shows at one point of a trace: each endpoint's state and the transition
 * taken last. Everything is a pure function of ({@link #traceProperty() trace},
 * {@link #eventIndexProperty() eventIndex}), so stepping back is exact: nothing is accumulated
 * while playing. Use {@link #follow(Playback)} / {@link #followPlayback(ObservableValue)}, or set
 * the trace and bind {@code eventIndex} yourself.
 */
public final class StateDiagramModel {
    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty eventIndex = new SimpleIntegerProperty(this, "eventIndex", -1);
    private final ReadOnlyObjectWrapper<State> clientState = new ReadOnlyObjectWrapper<>(this, "clientState", State.CLOSED);
    private final ReadOnlyObjectWrapper<State> serverState = new ReadOnlyObjectWrapper<>(this, "serverState", State.CLOSED);
    private final ReadOnlyObjectWrapper<TakenTransition> lastTransition = new ReadOnlyObjectWrapper<>(this, "lastTransition");

    /** For each event index, the index of the latest StateChanged at or before it (-1 if none): client, server, either. */
    private int[] lastClientChange = new int[0];
    private int[] lastServerChange = new int[0];
    private int[] lastAnyChange = new int[0];

    public StateDiagramModel() {
        trace.addListener((obs, old, now) -> {
            index(now);
            update();
        });
        eventIndex.addListener((obs, old, now) -> update());
    }

    /** Follows a playback: its trace, and its event index (bound). Null shows nothing. */
    public void follow(Playback playback) {
        eventIndex.unbind();
        trace.set(playback == null ? null : playback.trace());
        if (playback == null) {
            eventIndex.set(-1);
        } else {
            eventIndex.bind(playback.eventIndexProperty());
        }
    }

    /**
     * Follows whichever playback {@code playback} holds, e.g. the lanes view model's
     * {@code playbackProperty()}, also when another lesson replaces it.
     */
    public void followPlayback(ObservableValue<Playback> playback) {
        playback.addListener((obs, old, now) -> follow(now));
        follow(playback.getValue());
    }

    /** The trace being shown; null shows both endpoints CLOSED. */
    public ObjectProperty<Trace> traceProperty() {
        return trace;
    }

    /** -1 = before the first event; else the index of the last applied event (as Playback's). */
    public IntegerProperty eventIndexProperty() {
        return eventIndex;
    }

    public ReadOnlyObjectProperty<State> clientStateProperty() {
        return clientState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> serverStateProperty() {
        return serverState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty(Side side) {
        return side == Side.CLIENT ? clientStateProperty() : serverStateProperty();
    }

    /** The latest state change of either side at or before the event index; null if none yet. */
    public ReadOnlyObjectProperty<TakenTransition> lastTransitionProperty() {
        return lastTransition.getReadOnlyProperty();
    }

    private void index(Trace t) {
        List<TraceEvent> events = t == null ? List.of() : t.events();
        int n = events.size();
        lastClientChange = new int[n];
        lastServerChange = new int[n];
        lastAnyChange = new int[n];
        int client = -1;
        int server = -1;
        for (int i = 0; i < n; i++) {
            if (events.get(i) instanceof TraceEvent.StateChanged sc) {
                if (sc.side() == Side.CLIENT) {
                    client = i;
                } else {
                    server = i;
                }
            }
            lastClientChange[i] = client;
            lastServerChange[i] = server;
            lastAnyChange[i] = Math.max(client, server);
        }
    }

    private void update() {
        Trace t = trace.get();
        int i = Math.min(eventIndex.get(), lastAnyChange.length - 1);
        if (t == null || i < 0) {
            clientState.set(State.CLOSED);
            serverState.set(State.CLOSED);
            lastTransition.set(null);
            return;
        }
        clientState.set(stateAt(t, lastClientChange[i]));
        serverState.set(stateAt(t, lastServerChange[i]));
        int last = lastAnyChange[i];
        if (last < 0) {
            lastTransition.set(null);
        } else {
            TraceEvent.StateChanged sc = (TraceEvent.StateChanged) t.get(last);
            lastTransition.set(new TakenTransition(last, sc.side(), sc.from(), sc.to(), sc.cause()));
        }
    }

    private static State stateAt(Trace t, int changeIndex) {
        return changeIndex < 0 ? State.CLOSED : ((TraceEvent.StateChanged) t.get(changeIndex)).to();
    }

    @Override
    public String toString() {
        return "StateDiagramModel[client=" + clientState.get() + ", server=" + serverState.get()
                + ", last=" + lastTransition.get() + "]";
    }
}
