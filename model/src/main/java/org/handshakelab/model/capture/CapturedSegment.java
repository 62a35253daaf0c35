package org.handshakelab.model.capture;

import org.handshakelab.model.tcp.Segment;

/**
 * One TCP segment of a loaded conversation.
 *
 * @param packetNumber 1-based number of the packet in the file
 * @param epochNanos   capture time, nanoseconds since 1970
 * @param fromA        true when sent by the conversation's endpoint A
 * @param segment      the TCP header values and the payload bytes that were captured (fewer than
 *                     {@code dataLength} when the snap length cut the packet, or none once the
 *                     load's payload budget is spent)
 * @param dataLength   the payload length according to the IP header (what sequence numbers count)
 */
public record CapturedSegment(long packetNumber, long epochNanos, boolean fromA, Segment segment, int dataLength) {

    /** SEG.LEN (RFC 9293 §3.4) from the wire length: data plus one each for SYN and FIN. */
    public int seqLength() {
        return dataLength + (segment.has(org.handshakelab.model.tcp.Flags.SYN) ? 1 : 0)
                + (segment.has(org.handshakelab.model.tcp.Flags.FIN) ? 1 : 0);
    }
}
