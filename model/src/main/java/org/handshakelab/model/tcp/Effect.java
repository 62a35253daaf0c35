package org.handshakelab.model.tcp;

/**
 * What an {@link Endpoint} asks its environment to do, or reports, in answer to one event (a user
 * call, an arriving segment or a timer). The endpoint never acts on the world itself: a simulation
 * turns effects into network traffic, scheduled timers and trace events.
 */
public sealed interface Effect {

    /** Put a segment on the wire; {@code retransmission} when it resends sequence space already sent. */
    record SendSegment(Segment segment, boolean retransmission) implements Effect {
    }

    /** The connection state changed, with a human cause such as "received SYN". */
    record StateChange(State from, State to, String cause) implements Effect {
    }

    /** Start (or restart) a timer that expires at virtual time {@code expiresAt}. */
    record TimerStart(TimerKind kind, long expiresAt) implements Effect {
    }

    /** Stop a running timer. */
    record TimerStop(TimerKind kind) implements Effect {
    }

    /**
     * In-order bytes for the application: {@code length} bytes of the received segment's payload
     * from {@code offset}. They are copied out only when asked for ({@link #data()}), so a run
     * that only counts bytes copies nothing.
     */
    record DeliverData(Segment segment, int offset, int length) implements Effect {
        /** Copies the delivered bytes into {@code dest} (at least {@code length} long). */
        public void copyTo(byte[] dest) {
            segment.copyPayload(offset, dest, 0, length);
        }

        /** A copy of the delivered bytes. */
        public byte[] data() {
            return offset == 0 && length == segment.dataLength() ? segment.payloadCopy()
                    : segment.payloadCopy(offset, offset + length);
        }
    }

    /** A user call returned (always the first effect of a call). */
    record CallReturned(AppCall call, CallResult result) implements Effect {
    }

    /** An asynchronous signal to the application, e.g. "connection reset" (RFC 9293 §3.10.7). */
    record Notify(String message) implements Effect {
    }

    /** The arriving segment was thrown away (after any answer, which is its own effect). */
    record Discard(DiscardReason reason, String detail) implements Effect {
    }
}
