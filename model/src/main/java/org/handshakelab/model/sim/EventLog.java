package org.handshakelab.model.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.handshakelab.model.trace.TraceEvent;

/**
 * The trace events recorded so far, in small fixed-size chunks rather than one growing array: a
 * long run then never copies its whole history to grow, and never stores new events into one huge
 * (old-generation) array, which garbage collectors handle poorly.
 */
final class EventLog {
    private static final int CHUNK = 1024;
    private final List<TraceEvent[]> full = new ArrayList<>();
    private TraceEvent[] current = new TraceEvent[CHUNK];
    private int fill;

    void add(TraceEvent event) {
        if (fill == CHUNK) {
            full.add(current);
            current = new TraceEvent[CHUNK];
            fill = 0;
        }
        current[fill++] = event;
    }

    int size() {
        return full.size() * CHUNK + fill;
    }

    /** The newest event, or null before the first. */
    TraceEvent last() {
        if (fill > 0) {
            return current[fill - 1];
        }
        return full.isEmpty() ? null : full.get(full.size() - 1)[CHUNK - 1];
    }

    /** All events in order, as an unmodifiable list. */
    List<TraceEvent> toList() {
        TraceEvent[] all = new TraceEvent[size()];
        int at = 0;
        for (TraceEvent[] chunk : full) {
            System.arraycopy(chunk, 0, all, at, CHUNK);
            at += CHUNK;
        }
        System.arraycopy(current, 0, all, at, fill);
        return Arrays.asList(all);
    }
}
