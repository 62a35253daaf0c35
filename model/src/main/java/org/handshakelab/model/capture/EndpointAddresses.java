package org.handshakelab.model.capture;

import java.net.Inet4Address;
import java.net.InetAddress;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.wire.IpLiteral;

/** Where the two endpoints of a trace live on the (pretend) network, for pcap export. */
public record EndpointAddresses(InetAddress clientAddress, int clientPort, InetAddress serverAddress, int serverPort) {

    public EndpointAddresses {
        if ((clientAddress instanceof Inet4Address) != (serverAddress instanceof Inet4Address)) {
            throw new IllegalArgumentException("client and server must both be IPv4 or both IPv6");
        }
        if (clientPort < 0 || clientPort > 0xFFFF || serverPort < 0 || serverPort > 0xFFFF) {
            throw new IllegalArgumentException("port out of range");
        }
    }

    /** From IP literals (never resolved), e.g. {@code of("192.0.2.1", 40000, "198.51.100.2", 80)}. */
    public static EndpointAddresses of(String client, int clientPort, String server, int serverPort) {
        return new EndpointAddresses(IpLiteral.parse(client), clientPort, IpLiteral.parse(server), serverPort);
    }

    public InetAddress address(Side side) {
        return side == Side.CLIENT ? clientAddress : serverAddress;
    }

    public int port(Side side) {
        return side == Side.CLIENT ? clientPort : serverPort;
    }
}
