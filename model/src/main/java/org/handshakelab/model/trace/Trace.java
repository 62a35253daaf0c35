package org.handshakelab.model.trace;

import java.util.List;

/**
 * The immutable, time-ordered record of one run. Views replay it; they never re-run the model.
 *
 * @param clientIsn the client's first ISN, for relative sequence numbers ("rseq"), or -1 if it never sent a SYN
 * @param serverIsn the server's first ISN, likewise
 */
public record Trace(List<TraceEvent> events, long clientIsn, long serverIsn) {

    public Trace {
        events = List.copyOf(events);
    }

    public int size() {
        return events.size();
    }

    public TraceEvent get(int index) {
        return events.get(index);
    }

    /** The time of the last event, 0 for an empty trace. */
    public long endTime() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).time();
    }
}
