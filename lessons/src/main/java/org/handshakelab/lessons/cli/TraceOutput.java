package org.handshakelab.lessons.cli;

import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * Placeholder trace printing until the model's TraceText and TraceJsonl land on main; then this
 * delegates to them.
 */
final class TraceOutput {
    private TraceOutput() {
    }

    static String text(Trace trace) {
        StringBuilder b = new StringBuilder();
        for (TraceEvent e : trace.events()) {
            b.append(e.time()).append(" ms ").append(e).append('\n');
        }
        return b.toString();
    }

    static String jsonl(Trace trace) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (TraceEvent e : trace.events()) {
            b.append("{\"i\":").append(i++).append(",\"t\":").append(e.time()).append(",\"kind\":\"")
                    .append(e.getClass().getSimpleName()).append("\"}\n");
        }
        return b.toString();
    }
}
