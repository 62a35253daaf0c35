package org.handshakelab.model.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.handshakelab.model.capture.TestCaptures.Format;
import org.handshakelab.model.capture.TestCaptures.Frame;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.wire.PacketCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Captures written by our own pcap/pcapng writers for every link type, both IP versions, read back. */
class CaptureReadBackTest {
    static final long START = 1_700_000_000_123_456_789L;
    static final long STEP = 1_250_001L; // 1.250001 ms

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        int[] links = {LinkType.NULL, LinkType.ETHERNET, LinkType.RAW_12, LinkType.RAW_14, LinkType.RAW, LinkType.LOOP,
                LinkType.LINUX_SLL, LinkType.IPV4, LinkType.IPV6, LinkType.LINUX_SLL2};
        for (Format f : Format.values()) {
            for (int link : links) {
                for (int version : new int[] {4, 6}) {
                    if ((link == LinkType.IPV4 && version == 6) || (link == LinkType.IPV6 && version == 4)) {
                        continue;
                    }
                    all.add(Arguments.of(f, link, version));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} link {1} IPv{2}")
    @MethodSource("combinations")
    void indexesAndLoadsTheConversationWithExactSegmentsAndTimes(Format format, int link, int version) throws Exception {
        String client = version == 4 ? "192.0.2.10" : "2001:db8::10";
        String server = version == 4 ? "198.51.100.20" : "2001:db8::20";
        List<Segment> segments = TestCaptures.normalConnection(40000, 80);
        List<Frame> frames = new ArrayList<>(TestCaptures.frames(segments, link, client, server, 40000, START, STEP));
        // a UDP packet: counted as "IP but not TCP"
        byte[] udp = PacketCodec.encode(Segment.control(53, 53, 0, 0, 0, 0), client, server);
        udp[version == 4 ? 9 : 6] = 17;
        frames.add(2, new Frame(START + 1, TestCaptures.frame(link, udp, 0)));
        byte[] bytes = TestCaptures.write(format, link, frames);

        ConversationIndex index = ConversationIndex.scan(new ByteArrayInputStream(bytes), bytes.length,
                CaptureLimits.DEFAULTS, CaptureProgress.NONE);
        assertEquals(segments.size() + 1, index.packets());
        assertEquals(1, index.conversations().size());
        assertEquals(1L, index.skipped().get("IP but not TCP"));
        Conversation c = index.conversations().get(0);
        assertEquals(segments.size(), c.packets());
        assertEquals(version, c.ipVersion());
        boolean micro = format == Format.PCAP_LE_MICRO;
        long firstExpected = micro ? START / 1000 * 1000 : START;
        assertEquals(firstExpected, c.firstEpochNanos());
        LoadedConversation loaded = index.loadConversation(0, new ByteArrayInputStream(bytes), bytes.length,
                CaptureProgress.NONE);
        assertEquals(segments.size(), loaded.segments().size());
        for (int i = 0; i < segments.size(); i++) {
            CapturedSegment got = loaded.segments().get(i);
            assertEquals(segments.get(i), got.segment(), "segment " + i);
            assertEquals(segments.get(i).dataLength(), got.dataLength());
            long expected = START + i * STEP;
            assertEquals(micro ? expected / 1000 * 1000 : expected, got.epochNanos(), "time of segment " + i);
        }
        assertTrue(loaded.segments().get(0).fromA() == (c.portA() == 40000 && c.addressA().getHostAddress()
                .equals(PacketCodec.decode(TestCaptures.ip(segments.get(0), client, server)).source().getHostAddress())));
    }

    @Test
    void skipsVlanTagsIpv4OptionsAndIpv6ExtensionHeadersAndCountsFragments() throws Exception {
        Segment syn = Segment.control(40000, 80, 7, 0, Flags.SYN, 1000);
        List<Frame> frames = new ArrayList<>();
        frames.add(new Frame(0, TestCaptures.frame(LinkType.ETHERNET, TestCaptures.ip(syn, "10.0.0.1", "10.0.0.2"), 1)));
        frames.add(new Frame(1, TestCaptures.frame(LinkType.ETHERNET, TestCaptures.ip(syn, "10.0.0.1", "10.0.0.2"), 2)));
        byte[] withOptions = PacketCodec.encode(syn, org.handshakelab.model.wire.IpLiteral.parse("10.0.0.1"),
                org.handshakelab.model.wire.IpLiteral.parse("10.0.0.2"),
                new org.handshakelab.model.wire.PacketOptions(1, true, 64, 0, 0, new byte[] {1, 1, 1, 0}, null, 0));
        frames.add(new Frame(2, TestCaptures.frame(LinkType.ETHERNET, withOptions, 0)));
        byte[] v6 = TestCaptures.ip(syn, "fd00::1", "fd00::2");
        byte[] hopByHop = new byte[v6.length + 8];
        System.arraycopy(v6, 0, hopByHop, 0, 40);
        hopByHop[6] = 0; // next header: hop-by-hop options
        hopByHop[40] = 6; // then TCP; length 0 = 8 bytes; PadN fills the rest
        hopByHop[42] = 1;
        hopByHop[43] = 4;
        hopByHop[5] = (byte) (v6.length - 40 + 8);
        System.arraycopy(v6, 40, hopByHop, 48, v6.length - 40);
        frames.add(new Frame(3, TestCaptures.frame(LinkType.ETHERNET, hopByHop, 0)));
        byte[] fragment = TestCaptures.ip(syn, "10.0.0.1", "10.0.0.2");
        fragment[7] = 8; // fragment offset 8 x 8 bytes
        frames.add(new Frame(4, TestCaptures.frame(LinkType.ETHERNET, fragment, 0)));
        byte[] arp = new byte[42];
        arp[12] = 0x08;
        arp[13] = 0x06;
        frames.add(new Frame(5, arp));
        byte[] bytes = TestCaptures.write(Format.PCAP_LE_MICRO, LinkType.ETHERNET, frames);
        ConversationIndex index = ConversationIndex.scan(new ByteArrayInputStream(bytes), bytes.length,
                CaptureLimits.DEFAULTS, CaptureProgress.NONE);
        assertEquals(2, index.conversations().size());
        assertEquals(3, index.conversations().get(0).packets(), "two VLAN variants and the IPv4 options packet");
        assertEquals(6, index.conversations().get(1).ipVersion());
        assertEquals(1L, index.skipped().get("non-first IP fragment"));
        assertEquals(1L, index.skipped().get("not IP"));
        LoadedConversation v6loaded = index.loadConversation(1, new ByteArrayInputStream(bytes), bytes.length,
                CaptureProgress.NONE);
        assertEquals(syn, v6loaded.segments().get(0).segment());
    }

    @Test
    void simplePacketBlocksAndBinaryTimeResolutionAreRead() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TestCaptures.Pcapng ng = new TestCaptures.Pcapng(out, java.nio.ByteOrder.LITTLE_ENDIAN);
        ng.section();
        ng.interfaceBlock(LinkType.RAW, 0x80 | 10, 0); // 2^-10 s units
        Segment syn = Segment.control(1, 2, 3, 0, Flags.SYN, 4);
        byte[] ip = TestCaptures.ip(syn, "10.0.0.1", "10.0.0.2");
        ng.enhanced(0, (5L << 10) | 512, ip); // 5.5 s
        ng.simple(ip);
        byte[] bytes = out.toByteArray();
        ConversationIndex index = ConversationIndex.scan(new ByteArrayInputStream(bytes), bytes.length,
                CaptureLimits.DEFAULTS, CaptureProgress.NONE);
        Conversation c = index.conversations().get(0);
        assertEquals(2, c.packets());
        assertEquals(5_500_000_000L, c.firstEpochNanos());
        assertEquals(5_500_000_000L, c.lastEpochNanos(), "a simple packet block takes the previous time");
    }

    @Test
    void reportsProgressUpToTheFileSizeAndCanBeCancelled() throws Exception {
        List<Segment> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(Segment.control(1000 + (i % 7), 80, i, 0, Flags.ACK, 100));
        }
        byte[] bytes = TestCaptures.write(Format.PCAP_LE_MICRO, LinkType.RAW,
                TestCaptures.frames(many, LinkType.RAW, "10.0.0.1", "10.0.0.2", 1000, 0, 1000));
        long[] last = {-1};
        int[] calls = {0};
        ConversationIndex index = ConversationIndex.scan(new ByteArrayInputStream(bytes), bytes.length,
                CaptureLimits.DEFAULTS, (read, total) -> {
                    assertTrue(read >= last[0] && read <= total);
                    last[0] = read;
                    calls[0]++;
                });
        assertEquals(7, index.conversations().size());
        assertEquals(bytes.length, last[0]);
        assertTrue(calls[0] >= 2);
        CaptureProgress cancelAtOnce = new CaptureProgress() {
            @Override
            public void update(long bytesRead, long totalBytes) {
            }

            @Override
            public boolean cancelRequested() {
                return true;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> ConversationIndex.scan(new ByteArrayInputStream(bytes), bytes.length, CaptureLimits.DEFAULTS,
                        cancelAtOnce));
    }
}
