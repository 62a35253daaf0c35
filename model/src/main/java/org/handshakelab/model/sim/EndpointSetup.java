package org.handshakelab.model.sim;

import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.TcpSettings;

/**
 * One endpoint of a scenario.
 *
 * @param label    what its lane is headed with, e.g. "Client" or "Web server"
 * @param address  its IP address as text, IPv4 ("10.0.0.1") or IPv6 ("2001:db8::1")
 * @param port     its TCP port, 1..65535
 * @param isn      its initial sequence number (0..2^32-1), or null to draw one from the scenario's seed
 * @param settings its TCP settings
 */
public record EndpointSetup(Side side, String label, String address, int port, Long isn, TcpSettings settings) {

    public EndpointSetup {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
        if (isn != null && (isn < 0 || isn > 0xFFFF_FFFFL)) {
            throw new IllegalArgumentException("ISN must be 0..4294967295: " + isn);
        }
    }

    public static EndpointSetup defaultClient() {
        return new EndpointSetup(Side.CLIENT, "Client", "10.0.0.1", 49_152, 1000L, TcpSettings.DEFAULTS);
    }

    public static EndpointSetup defaultServer() {
        return new EndpointSetup(Side.SERVER, "Server", "10.0.0.2", 80, 5000L, TcpSettings.DEFAULTS);
    }
}
