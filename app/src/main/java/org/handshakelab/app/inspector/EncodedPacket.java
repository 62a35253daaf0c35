package org.handshakelab.app.inspector;

import java.util.List;

/** The bytes of one IP packet carrying a TCP segment, and its header fields in byte order. */
public record EncodedPacket(byte[] bytes, List<PacketField> fields) {

    public EncodedPacket {
        bytes = bytes.clone();
        fields = List.copyOf(fields);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public int byteAt(int index) {
        return bytes[index] & 0xFF;
    }

    /** The narrowest field covering byte {@code index}; null if none does. */
    public PacketField fieldAt(int index) {
        PacketField best = null;
        for (PacketField f : fields) {
            if (f.covers(index) && (best == null || f.length() < best.length())) {
                best = f;
            }
        }
        return best;
    }
}
