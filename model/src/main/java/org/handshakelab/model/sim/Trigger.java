package org.handshakelab.model.sim;

import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;

/** When a scripted action happens. */
public sealed interface Trigger {

    /** At a virtual time, in milliseconds from the start. */
    record At(long timeMillis) implements Trigger {
        public At {
            if (timeMillis < 0) {
                throw new IllegalArgumentException("time must not be negative");
            }
        }
    }

    /**
     * {@code delayMillis} after {@code side} enters {@code state} for the {@code occurrence}-th
     * time (1 = the first time), e.g. "when the client reaches ESTABLISHED, send 'GET /'".
     */
    record OnState(Side side, State state, int occurrence, long delayMillis) implements Trigger {
        public OnState {
            if (occurrence < 1 || delayMillis < 0) {
                throw new IllegalArgumentException("occurrence must be >= 1 and delay >= 0");
            }
        }
    }

    /**
     * {@code delayMillis} after {@code side}'s application has received at least {@code bytes}
     * bytes in total, e.g. "when the server has the request, send the reply".
     */
    record OnBytesReceived(Side side, long bytes, long delayMillis) implements Trigger {
        public OnBytesReceived {
            if (bytes < 1 || delayMillis < 0) {
                throw new IllegalArgumentException("bytes must be >= 1 and delay >= 0");
            }
        }
    }
}
