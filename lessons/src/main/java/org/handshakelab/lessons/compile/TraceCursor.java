package org.handshakelab.lessons.compile;

import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * Replays a trace forward: each endpoint's state and the bytes its application has received after
 * events 0..i. Both endpoints start CLOSED with nothing received (before event 0).
 */
public final class TraceCursor {
    private final Trace trace;
    private final Map<Side, State> states = new EnumMap<>(Side.class);
    private final Map<Side, ByteArrayOutputStream> received = new EnumMap<>(Side.class);
    private int applied = -1;

    public TraceCursor(Trace trace) {
        this.trace = trace;
        for (Side side : Side.values()) {
            states.put(side, State.CLOSED);
            received.put(side, new ByteArrayOutputStream());
        }
    }

    /** Applies events up to and including {@code index} (-1: none); only moves forward. */
    public void advanceTo(int index) {
        if (index < applied) {
            throw new IllegalArgumentException("the cursor only moves forward: " + index + " < " + applied);
        }
        while (applied < index) {
            TraceEvent e = trace.get(++applied);
            if (e instanceof TraceEvent.StateChanged sc) {
                states.put(sc.side(), sc.to());
            } else if (e instanceof TraceEvent.DataDelivered d) {
                received.get(d.side()).writeBytes(d.data());
            }
        }
    }

    /**
     * The index up to which an expectation anchored at {@code index} is checked: the anchor event and
     * the events it causes at once (state changes, segments sent, timers set or cancelled, data and
     * notices handed to the application, discards), stopping before the next cause (an application
     * call, a delivery, a timer expiry, a drop or duplicate by the network, a bound).
     */
    public static int settledIndex(Trace trace, int index) {
        if (index < 0) {
            return index;
        }
        int j = index;
        while (j + 1 < trace.size() && isEffect(trace.get(j + 1))) {
            j++;
        }
        return j;
    }

    private static boolean isEffect(TraceEvent e) {
        return e instanceof TraceEvent.StateChanged || e instanceof TraceEvent.SegmentSent
                || e instanceof TraceEvent.TimerSet || e instanceof TraceEvent.TimerCancelled
                || e instanceof TraceEvent.DataDelivered || e instanceof TraceEvent.Notified
                || e instanceof TraceEvent.SegmentDiscarded;
    }

    public State state(Side side) {
        return states.get(side);
    }

    public byte[] received(Side side) {
        return received.get(side).toByteArray();
    }
}
