package org.handshakelab.model.capture;

/**
 * A capture file is malformed or truncated. Names the packet being read (1-based; 0 for the file
 * header) and the byte offset in the file of the field that is wrong.
 */
public final class CaptureFormatException extends Exception {
    private final long packetNumber;
    private final long offset;

    public CaptureFormatException(long packetNumber, long offset, String message) {
        super(message + (packetNumber > 0 ? " (packet " + packetNumber + ", " : " (") + "file offset " + offset + ")");
        this.packetNumber = packetNumber;
        this.offset = offset;
    }

    /** The packet being read when the problem was found, counting from 1; 0 for the file header. */
    public long packetNumber() {
        return packetNumber;
    }

    /** Byte offset in the file of the offending field. */
    public long offset() {
        return offset;
    }
}
