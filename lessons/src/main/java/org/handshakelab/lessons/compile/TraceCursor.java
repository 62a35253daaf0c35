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

    public State state(Side side) {
        return states.get(side);
    }

    public byte[] received(Side side) {
        return received.get(side).toByteArray();
    }
}
