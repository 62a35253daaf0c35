package org.handshakelab.model.net;

import org.handshakelab.model.tcp.Side;

/** Which way a segment travels. */
public enum Direction {
    CLIENT_TO_SERVER,
    SERVER_TO_CLIENT;

    public static Direction from(Side sender) {
        return sender == Side.CLIENT ? CLIENT_TO_SERVER : SERVER_TO_CLIENT;
    }

    public Side sender() {
        return this == CLIENT_TO_SERVER ? Side.CLIENT : Side.SERVER;
    }

    public Side receiver() {
        return sender().peer();
    }
}
