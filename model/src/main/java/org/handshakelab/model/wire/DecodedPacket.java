package org.handshakelab.model.wire;

import java.net.InetAddress;
import java.util.List;
import org.handshakelab.model.tcp.Segment;

/**
 * One IP + TCP packet read back from its bytes.
 *
 * @param ipVersion          4 or 6
 * @param source             source address
 * @param destination        destination address
 * @param segment            the TCP segment; its {@code flags} hold all 12 bits after the data
 *                           offset (reserved bits and AE/CWR/ECE included), so that nothing is lost
 * @param options            the header values the segment does not carry
 * @param ipChecksum         the IPv4 header checksum as found (0 for IPv6)
 * @param tcpChecksum        the TCP checksum as found
 * @param fields             every header field with its byte range, in byte order
 */
public record DecodedPacket(int ipVersion, InetAddress source, InetAddress destination, Segment segment,
                            PacketOptions options, int ipChecksum, int tcpChecksum, List<WireField> fields) {

    public DecodedPacket {
        fields = List.copyOf(fields);
    }

    /** The field that covers byte {@code index}, most specific first; null beyond the packet. */
    public WireField fieldAt(int index) {
        WireField best = null;
        for (WireField f : fields) {
            if (f.covers(index) && (best == null || f.length() < best.length())) {
                best = f;
            }
        }
        return best;
    }

    /** The field {@code name} of {@code layer} ("IPv4", "IPv6", "TCP", "Payload"), e.g. {@code field("TCP", "Checksum")}. */
    public WireField field(String layer, String name) {
        for (WireField f : fields) {
            if (f.layer().equals(layer) && f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no field " + layer + "/" + name);
    }
}
