package org.handshakelab.model.net;

/** What the network does to a segment that a {@link FaultRule} matches. */
public sealed interface FaultAction {

    /** The segment is lost. */
    record Drop() implements FaultAction {
    }

    /** The segment arrives {@code extraMillis} later than the link's latency. */
    record Delay(long extraMillis) implements FaultAction {
        public Delay {
            if (extraMillis < 0) {
                throw new IllegalArgumentException("delay must not be negative");
            }
        }
    }

    /**
     * The segment arrives as usual and a copy arrives {@code copyExtraMillis} after the original
     * would (an old duplicate, when the extra delay is long).
     */
    record Duplicate(long copyExtraMillis) implements FaultAction {
        public Duplicate {
            if (copyExtraMillis < 0) {
                throw new IllegalArgumentException("duplicate delay must not be negative");
            }
        }
    }
}
