package org.handshakelab.model.capture;

/**
 * One packet record as a reader found it, pointing into the reader's buffer (valid until the next
 * read). Mutable and reused, so a million-packet pass allocates nothing per packet.
 */
final class RawPacket {
    /** 1-based number of the packet in the file. */
    long number;
    /** File offset of the packet's record/block header. */
    long fileOffset;
    /** Capture time in nanoseconds since 1970. */
    long epochNanos;
    int linkType;
    byte[] data;
    int offset;
    int capturedLength;
    int originalLength;
}
