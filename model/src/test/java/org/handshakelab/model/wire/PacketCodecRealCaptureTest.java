package org.handshakelab.model.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.junit.jupiter.api.Test;

/**
 * Decoding and re-encoding header bytes copied from documented public captures (see
 * /work/shared/captures/public/SOURCES.md; expected values from the .txt tshark decodes).
 */
class PacketCodecRealCaptureTest {

    /**
     * pcapplusplus-tests/one_tcp_rst.pcap (seladb/PcapPlusPlus, Tests/Pcap++Test/PcapExamples),
     * packet 2, IP header onwards (after the 14-byte Ethernet header, without the 6 bytes of
     * Ethernet padding). one_tcp_rst.txt: 10.1.1.6:20000 -> 10.1.1.13:45264, ACK,RST, seq_raw 0,
     * ack_raw 3820339061, win 0, len 0.
     */
    static final byte[] RST_ACK = HexFormat.of().parseHex(
            "45000028f561400040062f5a0a0101060a01010d4e20b0d000000000e3b5bf7550140000f79f0000");

    /**
     * tcpdump-tests/dns_tcp.pcap (the-tcpdump-group/tcpdump, tests/), packet 4, IP header onwards.
     * dns_tcp.txt: 192.168.1.11:33779 -> 209.87.249.18:53, ACK,PSH, seq_raw 603899917,
     * ack_raw 2043824404, len 58, win 64240 (a DNS query for www.tcpdump.org).
     */
    static final byte[] DNS_QUERY = HexFormat.of().parseHex(
            "450000629b2a40004006134ec0a8010bd157f91283f3003523fec80d79d249145018faf077960000"
                    + "0038431901200001000000000001037777770774637064756d70036f72670000010001000029"
                    + "100000000000000c000a00088f06be7d691442f0");

    /**
     * tcpdump-tests/tcp-handshake-nano.pcap, packet 1 (after the 16-byte Linux cooked header).
     * tcp-handshake-nano.txt: 131.155.215.69:46656 -> 137.116.81.94:80, SYN, seq_raw 797190859,
     * win 27200, options mss=1360 ws=7 sackOK ts=1131021154/0 (20 bytes of TCP options).
     */
    static final byte[] SYN_WITH_OPTIONS = HexFormat.of().parseHex(
            "4500003c29a940004006db5f839bd7458974515eb64000502f842acb00000000a0026a4050c40000"
                    + "020405500402080a436a03620000000001030307");

    @Test
    void decodesTheRstAckOfARefusedConnectionAsTsharkDid() throws Exception {
        DecodedPacket p = PacketCodec.decode(RST_ACK);
        assertEquals(4, p.ipVersion());
        assertEquals("10.1.1.6", p.source().getHostAddress());
        assertEquals("10.1.1.13", p.destination().getHostAddress());
        Segment s = p.segment();
        assertEquals(20000, s.srcPort());
        assertEquals(45264, s.dstPort());
        assertEquals(0L, Integer.toUnsignedLong(s.seq()));
        assertEquals(3820339061L, Integer.toUnsignedLong(s.ack()));
        assertEquals(Flags.RST | Flags.ACK, s.flags());
        assertEquals(0, s.window());
        assertEquals(0, s.dataLength());
        assertEquals(0xf561, p.options().identification());
        assertEquals(64, p.options().ttl());
        assertTrue(p.options().dontFragment());
        assertEquals(0x2f5a, p.ipChecksum());
        assertEquals(0xf79f, p.tcpChecksum());
    }

    @Test
    void reEncodingTheRstAckWithDefaultsAndItsIdGivesIdenticalBytes() throws Exception {
        DecodedPacket p = PacketCodec.decode(RST_ACK);
        byte[] again = PacketCodec.encode(p.segment(), "10.1.1.6", "10.1.1.13",
                PacketOptions.DEFAULTS.withIdentification(0xf561));
        assertArrayEquals(RST_ACK, again);
    }

    @Test
    void decodesAndReEncodesADataSegmentWithItsPayloadChecksum() throws Exception {
        DecodedPacket p = PacketCodec.decode(DNS_QUERY);
        Segment s = p.segment();
        assertEquals(33779, s.srcPort());
        assertEquals(53, s.dstPort());
        assertEquals(603899917L, Integer.toUnsignedLong(s.seq()));
        assertEquals(2043824404L, Integer.toUnsignedLong(s.ack()));
        assertEquals(Flags.ACK | Flags.PSH, s.flags());
        assertEquals(64240, s.window());
        assertEquals(58, s.dataLength());
        assertEquals("192.168.1.11", p.source().getHostAddress());
        assertEquals("209.87.249.18", p.destination().getHostAddress());
        assertArrayEquals(DNS_QUERY, PacketCodec.encode(s, p.source(), p.destination(), p.options()));
    }

    @Test
    void keepsTcpOptionsSoASynWithOptionsRoundTripsExactly() throws Exception {
        DecodedPacket p = PacketCodec.decode(SYN_WITH_OPTIONS);
        assertEquals(Flags.SYN, p.segment().flags());
        assertEquals(797190859L, Integer.toUnsignedLong(p.segment().seq()));
        assertEquals(27200, p.segment().window());
        assertEquals(20, p.options().tcpOptions().length);
        assertEquals(2, p.options().tcpOptions()[0], "first option is MSS (kind 2)");
        assertEquals(1360, PacketCodec.get16(p.options().tcpOptions(), 2));
        assertArrayEquals(SYN_WITH_OPTIONS, PacketCodec.encode(p.segment(), p.source(), p.destination(), p.options()));
    }

    @Test
    void ignoresLinkLayerPaddingAfterTheIpTotalLength() throws Exception {
        byte[] padded = java.util.Arrays.copyOf(RST_ACK, RST_ACK.length + 6);
        assertEquals(PacketCodec.decode(RST_ACK).segment(), PacketCodec.decode(padded).segment());
    }
}
