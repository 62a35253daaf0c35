package org.handshakelab.model.sim;

/**
 * Hard limits so that no scenario runs forever; reaching one ends the run with
 * {@link Outcome#BOUND_REACHED_EVENTS} or {@link Outcome#BOUND_REACHED_TIME}.
 */
public record SimulationBounds(int maxEvents, long maxTimeMillis) {

    /** Room for a 240 s TIME-WAIT restarted a few times, and for bulk transfers of a few MB. */
    public static final SimulationBounds DEFAULT = new SimulationBounds(1_000_000, 3_600_000);

    public SimulationBounds {
        if (maxEvents < 1 || maxTimeMillis < 1) {
            throw new IllegalArgumentException("bounds must be positive");
        }
    }
}
