package org.handshakelab.model.capture;

import java.io.IOException;

/** Streams the packet records of a capture file. */
interface PacketReader {
    /** Fills {@code into} with the next packet; false at the end of the file. */
    boolean next(RawPacket into) throws IOException, CaptureFormatException;

    /** File offset of the next unread byte (for progress). */
    long position();
}
