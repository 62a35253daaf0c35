package org.handshakelab.model.sim;

/** How a simulation run ended. */
public enum Outcome {
    /** Nothing was left to happen: no scheduled action, segment in flight or running timer. */
    COMPLETED,
    /** The maximum number of trace events was reached. */
    BOUND_REACHED_EVENTS,
    /** The maximum virtual time was reached. */
    BOUND_REACHED_TIME
}
