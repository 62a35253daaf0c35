package org.handshakelab.lessons.cli;

import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceJsonl;
import org.handshakelab.model.trace.TraceText;

/** The trace in the model's two printed forms: text for people, JSON Lines for tools. */
final class TraceOutput {
    private TraceOutput() {
    }

    static String text(Trace trace) {
        return TraceText.toString(trace);
    }

    static String jsonl(Trace trace) {
        return TraceJsonl.toString(trace);
    }
}
