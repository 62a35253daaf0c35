package org.handshakelab.lessons.format;

import org.handshakelab.lessons.json.JsonValue.Position;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;

/** A point of the computed trace that narration, expectations and quiz questions are attached to. */
public sealed interface Anchor {

    /** Where the anchor object is written. */
    Position at();

    /** Its JSON path. */
    String path();

    record Start(Position at, String path) implements Anchor {
    }

    record End(Position at, String path) implements Anchor {
    }

    record StepCall(String stepId, Position at, String path) implements Anchor {
    }

    record EntersState(Side side, State state, int occurrence, Position at, String path) implements Anchor {
    }

    /** What happened to the segment: the event kinds a segment anchor may name. */
    enum SegmentEvent { SENT, DELIVERED, DROPPED, DISCARDED }

    /**
     * The n-th event of kind {@code event} for a segment sent by {@code from} whose flags are exactly
     * {@code flags}, or (when {@code flags} is null) that carries data.
     */
    record SegmentEventAnchor(Side from, Integer flags, int nth, SegmentEvent event, Position at, String path)
            implements Anchor {
    }

    enum TimerEvent { SET, CANCELLED, FIRED }

    record TimerAnchor(TimerKind kind, Side side, TimerEvent event, int occurrence, Position at, String path)
            implements Anchor {
    }

    record Notified(Side side, String message, Position at, String path) implements Anchor {
    }

    record AtTime(long timeMs, Position at, String path) implements Anchor {
    }
}
