package org.handshakelab.app.inspector;

import java.util.List;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.wire.DecodedPacket;
import org.handshakelab.model.wire.PacketCodec;
import org.handshakelab.model.wire.WireFormatException;

/**
 * The inspector's encoder backed by the model's wire codec: {@link PacketCodec#encode} for the bytes
 * (IPv4 or IPv6 by the addresses' family), then {@link PacketCodec#decode} for the fields and their
 * byte ranges, exactly what pcap export writes.
 */
public final class WireCodecEncoder implements PacketEncoder {

    @Override
    public EncodedPacket encode(Segment segment, String source, String destination) {
        byte[] bytes = PacketCodec.encode(segment, source, destination);
        DecodedPacket decoded;
        try {
            // the checksums are checked independently by ChecksumCheck, to show the result
            decoded = PacketCodec.decode(bytes, false);
        } catch (WireFormatException e) {
            throw new IllegalArgumentException("the codec could not read back its own packet: " + e.getMessage(), e);
        }
        List<PacketField> fields = decoded.fields().stream()
                .map(f -> new PacketField(f.layer(), f.name(), f.offset(), f.length(), f.value()))
                .toList();
        return new EncodedPacket(bytes, fields);
    }
}
