package org.handshakelab.model.net;

import java.util.List;

/**
 * The simulated network between the two endpoints.
 *
 * @param clientToServerMillis one-way latency from client to server
 * @param serverToClientMillis one-way latency from server to client
 * @param rules                fault rules, applied in order; the first rule that fires decides
 * @param randomLoss           probability 0..1 that a segment not caught by a rule is lost
 * @param seed                 seed for the random loss (and nothing else), so runs are repeatable
 */
public record NetworkConfig(long clientToServerMillis, long serverToClientMillis, List<FaultRule> rules,
                            double randomLoss, long seed) {

    public static final NetworkConfig DEFAULT = new NetworkConfig(50, 50, List.of(), 0.0, 1L);

    public NetworkConfig {
        if (clientToServerMillis < 0 || serverToClientMillis < 0) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        if (!(randomLoss >= 0.0 && randomLoss <= 1.0)) {
            throw new IllegalArgumentException("random loss must be between 0 and 1");
        }
        rules = List.copyOf(rules);
    }

    public long latency(Direction direction) {
        return direction == Direction.CLIENT_TO_SERVER ? clientToServerMillis : serverToClientMillis;
    }
}
