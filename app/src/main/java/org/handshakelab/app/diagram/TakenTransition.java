package org.handshakelab.app.diagram;

import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;

/**
 * A state change that happened, taken from a {@code StateChanged} trace event.
 *
 * @param eventIndex index of that event in the trace
 * @param cause      the model's explanation, e.g. "received SYN,ACK acknowledging our SYN"
 */
public record TakenTransition(int eventIndex, Side side, State from, State to, String cause) {
}
