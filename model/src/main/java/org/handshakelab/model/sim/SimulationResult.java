package org.handshakelab.model.sim;

import org.handshakelab.model.trace.Trace;

/** A finished run: the trace and how it ended. */
public record SimulationResult(Trace trace, Outcome outcome) {
}
