package org.handshakelab.model.wire;

/**
 * A packet's bytes are not a well-formed IPv4/IPv6 + TCP packet. {@link #offset()} is the byte
 * offset (from the start of the IP header) of the field that is wrong, so an inspector can point
 * at it.
 */
public final class WireFormatException extends Exception {
    private final int offset;

    public WireFormatException(int offset, String message) {
        super(message + " (at byte " + offset + ")");
        this.offset = offset;
    }

    /** The byte offset of the offending field from the start of the IP header. */
    public int offset() {
        return offset;
    }
}
