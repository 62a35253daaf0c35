package org.handshakelab.model.sim;

import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Side;

/**
 * An application call that a scenario makes when its trigger fires.
 *
 * @param label a name for the trace and for error messages, e.g. the lesson step's id (may be null)
 */
public record ScriptedAction(String label, Side side, AppCall call, Trigger trigger) {
}
