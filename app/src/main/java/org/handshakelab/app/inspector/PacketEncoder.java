package org.handshakelab.app.inspector;

import org.handshakelab.model.tcp.Segment;

/**
 * Turns a segment and its endpoints' addresses into the IP packet that carries it. The
 * application adapts the model's wire codec to this (see {@code WireCodecEncoder}).
 */
@FunctionalInterface
public interface PacketEncoder {

    /**
     * @param source      the sender's address literal, IPv4 or IPv6
     * @param destination the receiver's address literal
     * @throws IllegalArgumentException when the segment cannot be encoded (e.g. a bad address)
     */
    EncodedPacket encode(Segment segment, String source, String destination);
}
