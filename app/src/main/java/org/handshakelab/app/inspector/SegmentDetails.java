package org.handshakelab.app.inspector;

import java.nio.charset.StandardCharsets;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Seq;
import org.handshakelab.model.tcp.Side;

/**
 * Everything the packet inspector shows about one segment.
 *
 * @param seqRelative the sequence number minus the sender's ISN (as Wireshark's "relative"), or
 *                    -1 when the sender's ISN is unknown (e.g. a RST from a port with no connection)
 * @param ackRelative the acknowledgment number minus the receiver's ISN, or -1 when the ACK flag
 *                    is off or the receiver's ISN is unknown
 * @param packet      the bytes on the wire, or null when they could not be encoded ({@code encodingError})
 * @param tcpChecksum the TCP checksum as stored and as recomputed; null without a packet
 * @param ipChecksum  the IPv4 header checksum likewise; null for IPv6 or without a packet
 */
public record SegmentDetails(int id, Side sender, Segment segment, String sourceAddress, String destinationAddress,
                             long seqRelative, long ackRelative, EncodedPacket packet, String encodingError,
                             ChecksumCheck tcpChecksum, ChecksumCheck ipChecksum) {

    /**
     * Builds the details of a segment sent by {@code sender}.
     *
     * @param clientIsn the client's ISN (0..2^32-1) or -1 if unknown; likewise {@code serverIsn}
     */
    public static SegmentDetails of(int id, Side sender, Segment segment, String clientAddress, String serverAddress,
                                    long clientIsn, long serverIsn, PacketEncoder encoder) {
        long senderIsn = sender == Side.CLIENT ? clientIsn : serverIsn;
        long receiverIsn = sender == Side.CLIENT ? serverIsn : clientIsn;
        long seqRel = senderIsn < 0 ? -1 : Seq.distance((int) senderIsn, segment.seq());
        long ackRel = !segment.has(Flags.ACK) || receiverIsn < 0 ? -1 : Seq.distance((int) receiverIsn, segment.ack());
        String src = sender == Side.CLIENT ? clientAddress : serverAddress;
        String dst = sender == Side.CLIENT ? serverAddress : clientAddress;
        EncodedPacket packet = null;
        String error = null;
        ChecksumCheck tcp = null;
        ChecksumCheck ip = null;
        try {
            if (encoder == null) {
                throw new IllegalStateException("no encoder");
            }
            packet = encoder.encode(segment, src, dst);
            byte[] bytes = packet.bytes();
            tcp = ChecksumCheck.tcp(bytes);
            ip = ChecksumCheck.ipv4Header(bytes);
        } catch (RuntimeException e) {
            packet = null;
            error = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        return new SegmentDetails(id, sender, segment, src, dst, seqRel, ackRel, packet, error, tcp, ip);
    }

    public long seqAbsolute() {
        return Seq.unsigned(segment.seq());
    }

    public long ackAbsolute() {
        return Seq.unsigned(segment.ack());
    }

    public boolean hasAck() {
        return segment.has(Flags.ACK);
    }

    /** The payload as text: UTF-8, with control characters other than tab and newline shown as '.'. */
    public String payloadText() {
        String s = new String(segment.payloadCopy(), StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(c == '\n' || c == '\t' || !Character.isISOControl(c) ? c : '.'));
        return b.toString();
    }

    /** The payload as hex bytes separated by spaces, e.g. {@code 47 45 54}. */
    public String payloadHex() {
        byte[] p = segment.payloadCopy();
        StringBuilder b = new StringBuilder(p.length * 3);
        for (int i = 0; i < p.length; i++) {
            if (i > 0) {
                b.append(i % 16 == 0 ? '\n' : ' ');
            }
            b.append(String.format("%02x", p[i] & 0xFF));
        }
        return b.toString();
    }
}
