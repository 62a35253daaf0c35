package org.handshakelab.model.capture;

import java.util.Arrays;

/**
 * The canonical address/port pair of a conversation. A single mutable instance serves as the
 * lookup probe for every packet; a copy is stored only when a new conversation appears.
 */
final class ConversationKey {
    int version;
    final byte[] addressA = new byte[16];
    final byte[] addressB = new byte[16];
    int portA;
    int portB;
    private int hash;

    /** Loads the packet's endpoints in canonical order; returns true when the sender is endpoint A. */
    boolean set(PacketDissector d) {
        int c = Arrays.compareUnsigned(d.src, d.dst);
        boolean srcIsA = c < 0 || (c == 0 && d.srcPort <= d.dstPort);
        version = d.ipVersion;
        System.arraycopy(srcIsA ? d.src : d.dst, 0, addressA, 0, 16);
        System.arraycopy(srcIsA ? d.dst : d.src, 0, addressB, 0, 16);
        portA = srcIsA ? d.srcPort : d.dstPort;
        portB = srcIsA ? d.dstPort : d.srcPort;
        hash = ((Arrays.hashCode(addressA) * 31 + Arrays.hashCode(addressB)) * 31 + portA) * 65599 + portB + version;
        return srcIsA;
    }

    ConversationKey copy() {
        ConversationKey k = new ConversationKey();
        k.version = version;
        System.arraycopy(addressA, 0, k.addressA, 0, 16);
        System.arraycopy(addressB, 0, k.addressB, 0, 16);
        k.portA = portA;
        k.portB = portB;
        k.hash = hash;
        return k;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConversationKey k && k.hash == hash && k.portA == portA && k.portB == portB
                && k.version == version && Arrays.equals(k.addressA, addressA) && Arrays.equals(k.addressB, addressB);
    }
}
