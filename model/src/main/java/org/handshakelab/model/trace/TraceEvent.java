package org.handshakelab.model.trace;

import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.CallResult;
import org.handshakelab.model.tcp.DiscardReason;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;

/**
 * One timestamped thing that happened in a simulation (or was inferred from a capture). Events are
 * immutable values; a {@link Trace} lists them in the order they happened.
 *
 * <p>Segments are identified by a stable {@code id}: the n-th segment put on the wire (by an
 * endpoint, or as a network duplicate) has id n, starting at 1.
 */
public sealed interface TraceEvent {

    /** Virtual time in milliseconds since the start. */
    long time();

    /** The endpoint the event belongs to: the caller, sender, receiver or timer owner; null for global events. */
    Side side();

    /** An application called its endpoint, and what the call returned. */
    record CallMade(long time, Side side, AppCall call, CallResult result) implements TraceEvent {
    }

    /**
     * The endpoint told its application something asynchronously, e.g. "connection refused",
     * "connection reset", "connection timed out", "connection closing" (RFC 9293 §3.10.7).
     */
    record Notified(long time, Side side, String message) implements TraceEvent {
    }

    /** {@code side} put a segment on the wire; {@code retransmission} when it resends data already sent. */
    record SegmentSent(long time, Side side, int id, Segment segment, boolean retransmission) implements TraceEvent {
    }

    /** The segment reached {@code side} (the receiver). What the receiver's TCP did with it follows. */
    record SegmentDelivered(long time, Side side, int id, Segment segment) implements TraceEvent {
    }

    /**
     * The network lost the segment sent by {@code side}. {@code time} is where it was lost, on the
     * way (half the latency after sending), so the diagram can draw the ✕ there.
     *
     * @param cause the fault rule's name, or "random loss"
     */
    record SegmentDropped(long time, Side side, int id, String cause) implements TraceEvent {
    }

    /** The network duplicated segment {@code originalId}, sent by {@code side}; the copy travels as {@code copyId}. */
    record SegmentDuplicated(long time, Side side, int originalId, int copyId, Segment segment, String cause)
            implements TraceEvent {
    }

    /** The receiver {@code side} threw the segment away (after any answer it sends, which is its own event). */
    record SegmentDiscarded(long time, Side side, int id, DiscardReason reason, String detail) implements TraceEvent {
    }

    /** {@code side} moved between states; {@code cause} says why, e.g. "received SYN,ACK acknowledging our SYN". */
    record StateChanged(long time, Side side, State from, State to, String cause) implements TraceEvent {
    }

    /** {@code side} started (or restarted) a timer that will fire at {@code expiresAt}. */
    record TimerSet(long time, Side side, TimerKind kind, long expiresAt) implements TraceEvent {
    }

    /** {@code side} stopped a running timer. */
    record TimerCancelled(long time, Side side, TimerKind kind) implements TraceEvent {
    }

    /** A timer of {@code side} expired. */
    record TimerFired(long time, Side side, TimerKind kind) implements TraceEvent {
    }

    /** In-order bytes handed to {@code side}'s application. The array is copied in and out. */
    record DataDelivered(long time, Side side, byte[] data) implements TraceEvent {
        public DataDelivered {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        public int length() {
            return data.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DataDelivered d && time == d.time && side == d.side
                    && java.util.Arrays.equals(data, d.data);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(time) * 31 + java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "DataDelivered[time=" + time + ", side=" + side + ", " + data.length + " bytes]";
        }
    }

    /** The run stopped at a bound ("max events" or "max time"); the trace is incomplete. */
    record BoundReached(long time, String bound) implements TraceEvent {
        public Side side() {
            return null;
        }
    }
}
