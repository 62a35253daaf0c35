package org.handshakelab.model.capture;

import java.net.InetAddress;

/**
 * One TCP conversation (a pair of address/port endpoints) found in a capture. Endpoints are in
 * canonical order: A is the smaller (address bytes compared unsigned, then port), so both
 * directions map to the same conversation; which side is the client is decided later by
 * {@link PassiveStateTracker}.
 *
 * @param index             position in the index, in order of first appearance (like Wireshark's tcp.stream)
 * @param packets           TCP packets seen in either direction
 * @param firstEpochNanos   capture time of the first packet, nanoseconds since 1970
 * @param lastEpochNanos    capture time of the last packet
 * @param firstPacketNumber 1-based number of the first packet in the file
 */
public record Conversation(int index, int ipVersion, InetAddress addressA, int portA, InetAddress addressB, int portB,
                           long packets, long firstEpochNanos, long lastEpochNanos, long firstPacketNumber) {

    /** E.g. {@code 10.1.1.6:20000 <-> 10.1.1.13:45264} or {@code [2001:db8::1]:80 <-> ...}. */
    public String label() {
        return endpoint(addressA, portA) + " <-> " + endpoint(addressB, portB);
    }

    static String endpoint(InetAddress a, int port) {
        String host = org.handshakelab.model.wire.IpLiteral.format(a);
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** Duration from the first to the last packet in milliseconds. */
    public double durationMillis() {
        return (lastEpochNanos - firstEpochNanos) / 1e6;
    }
}
