package org.handshakelab.model.playback;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/** TEMPORARY placeholder for the contract (owned by lanes-view); replaced when that branch is merged. */
public final class Playback {
    private final Trace trace;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyLongWrapper time = new ReadOnlyLongWrapper(0);
    private final Map<Side, ReadOnlyObjectWrapper<State>> states = new EnumMap<>(Side.class);

    public Playback(Trace trace) {
        this.trace = trace;
        for (Side s : Side.values()) {
            states.put(s, new ReadOnlyObjectWrapper<>(State.CLOSED));
        }
    }

    public Trace trace() { return trace; }
    public ReadOnlyIntegerProperty eventIndexProperty() { return index.getReadOnlyProperty(); }
    public ReadOnlyLongProperty timeProperty() { return time.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<State> stateProperty(Side side) { return states.get(side).getReadOnlyProperty(); }
    public ObservableList<InFlightSegment> inFlight() { return FXCollections.emptyObservableList(); }
    public ObservableList<RunningTimer> timers() { return FXCollections.emptyObservableList(); }
    public void stepForward() { if (!atEnd()) { seekToIndex(index.get() + 1); } }
    public void stepBack() { if (index.get() >= 0) { seekToIndex(index.get() - 1); } }

    public void seekToIndex(int i) {
        apply(i);
        time.set(i < 0 ? 0 : trace.get(i).time());
    }

    public void seekToTime(long t) {
        int i = -1;
        while (i + 1 < trace.size() && trace.get(i + 1).time() <= t) { i++; }
        apply(i);
        time.set(t);
    }

    public void restart() { seekToIndex(-1); }
    public boolean atEnd() { return index.get() == trace.size() - 1; }

    private void apply(int i) {
        State c = State.CLOSED;
        State s = State.CLOSED;
        for (int k = 0; k <= i; k++) {
            if (trace.get(k) instanceof TraceEvent.StateChanged sc) {
                if (sc.side() == Side.CLIENT) { c = sc.to(); } else { s = sc.to(); }
            }
        }
        states.get(Side.CLIENT).set(c);
        states.get(Side.SERVER).set(s);
        index.set(i);
    }
}
