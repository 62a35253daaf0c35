package org.handshakelab.model.tcp;

/** The two endpoints of every scenario: the client's lane on the left, the server's on the right. */
public enum Side {
    CLIENT,
    SERVER;

    public Side peer() {
        return this == CLIENT ? SERVER : CLIENT;
    }

    /** The lower-case name used in lesson files and JSON Lines: {@code client} or {@code server}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
