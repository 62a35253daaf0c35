package org.handshakelab.model.sim;

import java.util.List;
import org.handshakelab.model.net.NetworkConfig;

/**
 * Everything a simulation needs: the causes. The model computes every effect (segments, states).
 *
 * @param seed drives every random choice (ISNs not given explicitly; the network's random loss
 *             uses {@link NetworkConfig#seed()}), so the same scenario gives the same trace
 */
public record Scenario(EndpointSetup client, EndpointSetup server, NetworkConfig network,
                       List<ScriptedAction> actions, SimulationBounds bounds, long seed) {

    public Scenario {
        actions = List.copyOf(actions);
    }
}
