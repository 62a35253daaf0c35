package org.handshakelab.model.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

/**
 * A cursor over a trace, exposed as JavaFX properties (javafx-base only, usable headless).
 *
 * <p>Everything shown after {@link #seekToIndex(int)} is a pure function of the index (and, after
 * {@link #seekToTime(long)}, of the time), read from a {@link TraceIndex} built once; so stepping
 * back is exact and seeking costs O(log n + what is alive), never a replay. Properties change only
 * when their values do. When several change at once they are updated in this order: states,
 * timers, in-flight segments, time, and the event index last, so a listener on the event index
 * sees everything else already updated.
 *
 * <p>Not thread-safe: use it from one thread (the JavaFX thread in the application).
 */
public final class Playback {
    private final Trace trace;
    private final TraceIndex index;

    private final ReadOnlyIntegerWrapper eventIndex = new ReadOnlyIntegerWrapper(this, "eventIndex", -1);
    private final ReadOnlyLongWrapper time = new ReadOnlyLongWrapper(this, "time", 0);
    private final ReadOnlyObjectWrapper<State> clientState = new ReadOnlyObjectWrapper<>(this, "clientState", State.CLOSED);
    private final ReadOnlyObjectWrapper<State> serverState = new ReadOnlyObjectWrapper<>(this, "serverState", State.CLOSED);
    private final ObservableList<InFlightSegment> inFlight = FXCollections.observableArrayList();
    private final ObservableList<InFlightSegment> inFlightView = FXCollections.unmodifiableObservableList(inFlight);
    private final ObservableList<RunningTimer> timers = FXCollections.observableArrayList();
    private final ObservableList<RunningTimer> timersView = FXCollections.unmodifiableObservableList(timers);

    /** Reused between updates so that an animation frame allocates only the records that changed. */
    private final List<InFlightSegment> scratchSegments = new ArrayList<>();
    private final List<RunningTimer> scratchTimers = new ArrayList<>();

    public Playback(Trace trace) {
        this(trace, new TraceIndex(trace));
    }

    /** A playback over a trace whose index was already built (the index is immutable and shareable). */
    public Playback(Trace trace, TraceIndex index) {
        this.trace = Objects.requireNonNull(trace, "trace");
        this.index = Objects.requireNonNull(index, "index");
        if (index.size() != trace.size()) {
            throw new IllegalArgumentException("index built for another trace");
        }
    }

    public Trace trace() {
        return trace;
    }

    /** The precomputed facts about the trace (segment lives, timer runs, states per event). */
    public TraceIndex index() {
        return index;
    }

    /** -1 before the first event; else the index of the last applied event. */
    public ReadOnlyIntegerProperty eventIndexProperty() {
        return eventIndex.getReadOnlyProperty();
    }

    public int getEventIndex() {
        return eventIndex.get();
    }

    /** Current virtual ms; may lie between event times while animating. */
    public ReadOnlyLongProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public long getTime() {
        return time.get();
    }

    /** The side's state after the applied events (CLOSED before any). */
    public ReadOnlyObjectProperty<State> stateProperty(Side side) {
        return (side == Side.CLIENT ? clientState : serverState).getReadOnlyProperty();
    }

    /** Unmodifiable: segments sent but not yet delivered or dropped, in the order they were sent. */
    public ObservableList<InFlightSegment> inFlight() {
        return inFlightView;
    }

    /** Unmodifiable: timers set and not yet fired, cancelled or restarted, in the order they were set. */
    public ObservableList<RunningTimer> timers() {
        return timersView;
    }

    /** Applies the next event; time becomes its time. Does nothing at the end. */
    public void stepForward() {
        if (!atEnd()) {
            seekToIndex(eventIndex.get() + 1);
        }
    }

    /** The exact inverse of {@link #stepForward()}: shows what stepping forward to the previous index showed. */
    public void stepBack() {
        if (eventIndex.get() >= 0) {
            seekToIndex(eventIndex.get() - 1);
        }
    }

    /** Shows the trace after event {@code target} (-1 .. size-1, clamped); time becomes that event's time (0 for -1). */
    public void seekToIndex(int target) {
        int i = Math.max(-1, Math.min(target, index.size() - 1));
        apply(i, i < 0 ? 0 : index.time(i));
    }

    /** Applies every event with time at most {@code t} (negative counts as 0); time becomes {@code t}. */
    public void seekToTime(long t) {
        long clamped = Math.max(0, t);
        apply(index.lastIndexAtOrBefore(clamped), clamped);
    }

    /** Back to before the first event, time 0. */
    public void restart() {
        seekToIndex(-1);
    }

    /** True when the last event has been applied (always true for an empty trace). */
    public boolean atEnd() {
        return eventIndex.get() >= index.size() - 1;
    }

    private void apply(int i, long t) {
        clientState.set(index.state(Side.CLIENT, i));
        serverState.set(index.state(Side.SERVER, i));
        updateTimers(i);
        updateInFlight(i, t);
        time.set(t);
        eventIndex.set(i);
    }

    private void updateTimers(int i) {
        scratchTimers.clear();
        index.forEachTimerRunning(i, k -> {
            TimerSpan span = index.timers().get(k);
            scratchTimers.add(new RunningTimer(span.side(), span.kind(), span.setAt(), span.expiresAt()));
        });
        if (!scratchTimers.equals(timers)) {
            timers.setAll(scratchTimers);
        }
    }

    private void updateInFlight(int i, long t) {
        scratchSegments.clear();
        index.forEachSegmentInFlight(i, k -> {
            SegmentLife life = index.segments().get(k);
            scratchSegments.add(new InFlightSegment(life.id(), life.sender(), life.segment(), life.sentAt(),
                    life.endsAt(), life.dropped(), progress(life.sentAt(), life.endsAt(), t)));
        });
        if (!scratchSegments.equals(inFlight)) {
            inFlight.setAll(scratchSegments);
        }
    }

    /** How far along its way a segment is at time {@code t}, 0..1. */
    static double progress(long sentAt, long arrivesAt, long t) {
        long duration = arrivesAt - sentAt;
        if (duration <= 0) {
            return t > sentAt ? 1.0 : 0.0;
        }
        return Math.max(0.0, Math.min(1.0, (double) (t - sentAt) / duration));
    }
}
