package org.handshakelab.model.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.junit.jupiter.api.Test;

class PacketCodecTest {

    private static final Segment DATA = new Segment(40000, 80, 0xF0000001, 0x12345678, Flags.ACK | Flags.PSH, 65535,
            "hello, world".getBytes(StandardCharsets.UTF_8));

    @Test
    void ipv4HeaderHasTheDocumentedFixedFields() {
        byte[] b = PacketCodec.encode(DATA, "192.0.2.1", "198.51.100.2");
        assertEquals(0x45, b[0] & 0xFF, "version 4, IHL 5");
        assertEquals(20 + 20 + 12, PacketCodec.get16(b, 2), "total length");
        assertEquals(0x4000, PacketCodec.get16(b, 6), "DF, no fragment offset");
        assertEquals(64, b[8] & 0xFF, "TTL");
        assertEquals(6, b[9], "protocol TCP");
        assertEquals(0x50, b[32] & 0xFF, "data offset 5");
        assertEquals(0, PacketCodec.get16(b, 38), "urgent pointer");
        assertEquals(0, Checksum.of(b, 0, 20), "a header with a correct checksum sums to zero");
    }

    @Test
    void ipv6HeaderHasTheDocumentedFixedFields() {
        byte[] b = PacketCodec.encode(DATA, "2001:db8::1", "2001:db8::2");
        assertEquals(0x60, b[0] & 0xFF);
        assertEquals(20 + 12, PacketCodec.get16(b, 4), "payload length");
        assertEquals(6, b[6], "next header TCP");
        assertEquals(64, b[7] & 0xFF, "hop limit");
        assertEquals(40 + 32, b.length);
    }

    /** Verifies the TCP checksum the way a receiver does: summing pseudo-header and segment gives 0xFFFF. */
    @Test
    void tcpChecksumVerifiesOverAnIndependentlyBuiltPseudoHeaderForBothFamilies() throws Exception {
        for (String[] pair : new String[][] {{"192.0.2.1", "198.51.100.2"}, {"2001:db8::1", "fe80::abcd:1"}}) {
            byte[] b = PacketCodec.encode(DATA, pair[0], pair[1]);
            boolean v4 = pair[0].indexOf(':') < 0;
            int ipLen = v4 ? 20 : 40;
            int tcpLen = b.length - ipLen;
            byte[] src = InetAddress.getByName(pair[0]).getAddress();
            byte[] dst = InetAddress.getByName(pair[1]).getAddress();
            java.io.ByteArrayOutputStream pseudo = new java.io.ByteArrayOutputStream();
            pseudo.write(src);
            pseudo.write(dst);
            if (v4) {
                pseudo.write(new byte[] {0, 6, (byte) (tcpLen >> 8), (byte) tcpLen});
            } else {
                pseudo.write(new byte[] {0, 0, (byte) (tcpLen >> 8), (byte) tcpLen, 0, 0, 0, 6});
            }
            pseudo.write(b, ipLen, tcpLen);
            byte[] all = pseudo.toByteArray();
            assertEquals(0, Checksum.of(all, 0, all.length), "checksum verifies for " + pair[0]);
            assertEquals(DATA, PacketCodec.decode(b).segment());
        }
    }

    @Test
    void oddLengthPayloadIsPaddedForTheChecksum() throws Exception {
        Segment odd = new Segment(1, 2, 3, 4, Flags.ACK, 5, new byte[] {1, 2, 3});
        byte[] b = PacketCodec.encode(odd, "10.0.0.1", "10.0.0.2");
        assertEquals(odd, PacketCodec.decode(b).segment());
    }

    @Test
    void roundTripsAllTwelveFlagBitsIncludingAccEcn() throws Exception {
        Segment s = Segment.control(1, 2, 3, 4, 0x1D2, 100);
        assertEquals(0x1D2, PacketCodec.decode(PacketCodec.encode(s, "::1", "::2")).segment().flags());
    }

    @Test
    void checksumMismatchIsReportedWithTheChecksumFieldOffset() {
        byte[] b = PacketCodec.encode(DATA, "192.0.2.1", "198.51.100.2");
        b[45] ^= 0x01;
        WireFormatException e = assertThrows(WireFormatException.class, () -> PacketCodec.decode(b));
        assertEquals(36, e.offset());
        assertTrue(e.getMessage().contains("TCP checksum"));
    }

    @Test
    void ipv4HeaderChecksumMismatchPointsAtByte10() {
        byte[] b = PacketCodec.encode(DATA, "192.0.2.1", "198.51.100.2");
        b[8] = 1;
        assertEquals(10, assertThrows(WireFormatException.class, () -> PacketCodec.decode(b)).offset());
    }

    @Test
    void lenientDecodeAcceptsOffloadedChecksums() throws Exception {
        byte[] b = PacketCodec.encode(DATA, "192.0.2.1", "198.51.100.2");
        b[36] = 0;
        b[37] = 0;
        assertEquals(DATA, PacketCodec.decode(b, false).segment());
    }

    @Test
    void badVersionLengthsAndDataOffsetAreReportedWithOffsets() {
        byte[] b = PacketCodec.encode(DATA, "192.0.2.1", "198.51.100.2");
        byte[] v5 = b.clone();
        v5[0] = 0x55;
        assertEquals(0, assertThrows(WireFormatException.class, () -> PacketCodec.decode(v5)).offset());
        byte[] longTotal = b.clone();
        PacketCodec.put16(longTotal, 2, 9999);
        assertEquals(2, assertThrows(WireFormatException.class, () -> PacketCodec.decode(longTotal, false)).offset());
        byte[] shortHeader = java.util.Arrays.copyOf(b, 12);
        assertEquals(12, assertThrows(WireFormatException.class, () -> PacketCodec.decode(shortHeader)).offset());
        byte[] badOffset = b.clone();
        badOffset[32] = 0x40;
        assertEquals(32, assertThrows(WireFormatException.class, () -> PacketCodec.decode(badOffset, false)).offset());
        byte[] v6 = PacketCodec.encode(DATA, "::1", "::2");
        PacketCodec.put16(v6, 4, 10);
        assertEquals(4, assertThrows(WireFormatException.class, () -> PacketCodec.decode(v6, false)).offset());
    }

    @Test
    void fieldRangesLetAnInspectorFindTheFieldUnderThePointer() throws Exception {
        byte[] b = PacketCodec.encode(DATA, "192.0.2.1", "198.51.100.2");
        DecodedPacket p = PacketCodec.decode(b);
        assertEquals("Sequence Number", p.fieldAt(25).name());
        assertEquals(Long.toString(0xF0000001L), p.fieldAt(24).value());
        assertEquals("Time to Live", p.fieldAt(8).name());
        assertEquals("Source Address", p.fieldAt(13).name());
        assertEquals("192.0.2.1", p.fieldAt(13).value());
        assertEquals("Control Bits", p.fieldAt(33).name());
        assertEquals("PSH,ACK", p.fieldAt(33).value());
        assertEquals("Data", p.fieldAt(45).name());
        WireField cs = p.field("TCP", "Checksum");
        assertEquals(36, cs.offset());
        assertEquals(2, cs.length());
        assertEquals(null, p.fieldAt(b.length));
        int covered = 0;
        for (int i = 0; i < b.length; i++) {
            covered += p.fieldAt(i) == null ? 0 : 1;
        }
        assertEquals(b.length, covered, "every byte belongs to a field");
    }

    @Test
    void differentAddressFamiliesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PacketCodec.encode(DATA, "10.0.0.1", "::1"));
    }

    @Test
    void ipv4MappedIpv6AddressesStayIpv6() throws Exception {
        byte[] b = PacketCodec.encode(DATA, "::ffff:10.0.0.1", "::ffff:10.0.0.2");
        DecodedPacket p = PacketCodec.decode(b);
        assertEquals(6, p.ipVersion());
        assertArrayEquals(b, PacketCodec.encode(p.segment(), p.source(), p.destination(), p.options()));
    }
}
