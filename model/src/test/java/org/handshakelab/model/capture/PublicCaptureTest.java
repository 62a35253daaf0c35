package org.handshakelab.model.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Seq;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the public captures and checks every TCP packet against the tshark decode shipped beside
 * it: conversation (tcp.stream), addresses and ports, flags, raw seq/ack, data length, raw window,
 * and time since the first packet.
 */
class PublicCaptureTest {

    @ParameterizedTest
    @ValueSource(strings = {"tcp-handshake-nano", "dns_tcp", "one_tcp_rst", "one_http_stream_fin",
            "one_http_stream_rst", "three_http_streams"})
    void everyPacketMatchesTheDocumentedDecode(String name) throws Exception {
        Path file = PublicCaptures.file(name + ".pcap");
        List<PublicCaptures.Row> rows = PublicCaptures.rows(name + ".txt");
        ConversationIndex index = ConversationIndex.scan(file);
        assertEquals(rows.size(), index.packets(), "all packets in these files are TCP");
        int streams = rows.stream().mapToInt(PublicCaptures.Row::stream).max().orElse(-1) + 1;
        assertEquals(streams, index.conversations().size());
        long fileStart = index.conversations().get(0).firstEpochNanos();
        for (int stream = 0; stream < streams; stream++) {
            int st = stream;
            List<PublicCaptures.Row> expected = new ArrayList<>(rows.stream().filter(r -> r.stream() == st).toList());
            LoadedConversation loaded = index.loadConversation(stream);
            assertEquals(expected.size(), loaded.segments().size(), name + " stream " + stream);
            for (int i = 0; i < expected.size(); i++) {
                PublicCaptures.Row r = expected.get(i);
                CapturedSegment c = loaded.segments().get(i);
                String where = name + " packet " + r.no();
                assertEquals(r.no(), c.packetNumber(), where);
                int mask = 0;
                for (String f : r.flags()) {
                    mask |= Flags.parse(f);
                }
                assertEquals(Flags.label(mask), Flags.label(c.segment().flags() & 0x3F), where + " flags");
                assertEquals(r.seqRaw(), Seq.unsigned(c.segment().seq()), where + " seq");
                assertEquals(r.ackRaw(), Seq.unsigned(c.segment().ack()), where + " ack");
                assertEquals(r.len(), c.dataLength(), where + " len");
                assertEquals(r.winRaw(), c.segment().window(), where + " window");
                assertEquals(r.src(), endpoint(loaded.conversation(), c.fromA(), c.segment().srcPort()), where + " src");
                assertEquals(r.dst(), endpoint(loaded.conversation(), !c.fromA(), c.segment().dstPort()), where + " dst");
                assertEquals(r.tRel(), (c.epochNanos() - fileStart) / 1e9, 0.0000005, where + " time");
            }
        }
    }

    /**
     * tcpdump's own expected output for tcp-handshake-nano.pcap (tcp-handshake-nano.out, -q --nano):
     * packets at 17:16:09.924505488, 17:16:10.052027262 and 17:16:10.052115157 (UTC), i.e. the
     * nanosecond timestamps survive.
     */
    @org.junit.jupiter.api.Test
    void nanosecondTimestampsMatchTcpdumpsExpectedOutput() throws Exception {
        LoadedConversation c = ConversationIndex.scan(PublicCaptures.file("tcp-handshake-nano.pcap")).loadConversation(0);
        long[] expected = {(17 * 3600 + 16 * 60 + 9) * 1_000_000_000L + 924_505_488L,
                (17 * 3600 + 16 * 60 + 10) * 1_000_000_000L + 52_027_262L,
                (17 * 3600 + 16 * 60 + 10) * 1_000_000_000L + 52_115_157L};
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], Math.floorMod(c.segments().get(i).epochNanos(), 86_400_000_000_000L), "packet " + (i + 1));
        }
    }

    private static String endpoint(Conversation c, boolean a, int port) {
        String address = (a ? c.addressA() : c.addressB()).getHostAddress();
        assertEquals(a ? c.portA() : c.portB(), port);
        return address + ":" + port;
    }
}
