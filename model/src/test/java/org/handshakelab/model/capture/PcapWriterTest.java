package org.handshakelab.model.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.handshakelab.model.wire.DecodedPacket;
import org.handshakelab.model.wire.PacketCodec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapWriterTest {
    static final Segment SYN = Segment.control(1, 2, 100, 0, Flags.SYN, 65535);
    static final Segment SYN_ACK = Segment.control(2, 1, 700, 101, Flags.SYN | Flags.ACK, 65535);
    static final Segment ACK = Segment.control(1, 2, 101, 701, Flags.ACK, 65535);
    static final Segment DATA = new Segment(1, 2, 101, 701, Flags.PSH | Flags.ACK, 65535,
            "GET /".getBytes(StandardCharsets.UTF_8));

    /** SYN, SYN,ACK, ACK, data (dropped), a network duplicate of the ACK, then the data again. */
    static Trace trace() {
        return new Trace(List.of(
                new TraceEvent.SegmentSent(0, Side.CLIENT, 1, SYN, false),
                new TraceEvent.SegmentDelivered(50, Side.SERVER, 1, SYN),
                new TraceEvent.SegmentSent(50, Side.SERVER, 2, SYN_ACK, false),
                new TraceEvent.SegmentDelivered(100, Side.CLIENT, 2, SYN_ACK),
                new TraceEvent.SegmentSent(100, Side.CLIENT, 3, ACK, false),
                new TraceEvent.SegmentSent(101, Side.CLIENT, 4, DATA, false),
                new TraceEvent.SegmentDuplicated(110, Side.CLIENT, 3, 5, ACK, "dup"),
                new TraceEvent.SegmentDropped(126, Side.CLIENT, 4, "random loss"),
                new TraceEvent.SegmentSent(1101, Side.CLIENT, 6, DATA, true)), 100, 700);
    }

    static final EndpointAddresses V4 = EndpointAddresses.of("192.0.2.1", 40000, "198.51.100.2", 80);

    @Test
    void writesEverySentAndDuplicatedSegmentWithRealHeadersAndVirtualTimes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(6, new PcapWriter(V4).startEpochMillis(1_000_000).write(trace(), out));
        byte[] file = out.toByteArray();
        ByteBuffer header = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xa1b2c3d4, header.getInt(0));
        assertEquals(LinkType.ETHERNET, header.getInt(20));
        List<DecodedPacket> packets = new ArrayList<>();
        List<Long> micros = new ArrayList<>();
        for (int at = 24; at < file.length; ) {
            int len = header.getInt(at + 8);
            micros.add(header.getInt(at) * 1_000_000L + header.getInt(at + 4));
            assertEquals(0x0800, ((file[at + 16 + 12] & 0xFF) << 8) | (file[at + 16 + 13] & 0xFF));
            packets.add(PacketCodec.decode(java.util.Arrays.copyOfRange(file, at + 16 + 14, at + 16 + len)));
            at += 16 + len;
        }
        assertEquals(List.of(1_000_000_000L, 1_000_050_000L, 1_000_100_000L, 1_000_101_000L, 1_000_110_000L,
                1_001_101_000L), micros);
        assertEquals(40000, packets.get(0).segment().srcPort());
        assertEquals(80, packets.get(0).segment().dstPort());
        assertEquals("198.51.100.2", packets.get(1).source().getHostAddress());
        assertEquals(Flags.SYN | Flags.ACK, packets.get(1).segment().flags());
        assertEquals(101, packets.get(3).segment().ack() - 600, "ack numbers are written unchanged");
        assertEquals("GET /", new String(packets.get(5).segment().payload(), StandardCharsets.UTF_8));
        assertEquals(1, packets.get(0).options().identification());
        assertEquals(2, packets.get(2).options().identification(), "IP ids count per sender");
    }

    @Test
    void droppedSegmentsCanBeLeftOut() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(5, new PcapWriter(V4).includeDropped(false).write(trace(), out));
        byte[] file = out.toByteArray();
        LoadedConversation loaded = ConversationIndex.scan(new ByteArrayInputStream(file), file.length,
                CaptureLimits.DEFAULTS, CaptureProgress.NONE).loadConversation(0, new ByteArrayInputStream(file),
                file.length, CaptureProgress.NONE);
        assertEquals(List.of(false, false, false, false, true),
                loaded.segments().stream().map(c -> c.segment().has(Flags.PSH)).toList());
    }

    @Test
    void ipv6ExportReadsBackThroughTheCaptureImport() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PcapWriter(EndpointAddresses.of("2001:db8::1", 40000, "2001:db8::2", 80)).write(trace(), out);
        byte[] file = out.toByteArray();
        ConversationIndex index = ConversationIndex.scan(new ByteArrayInputStream(file), file.length,
                CaptureLimits.DEFAULTS, CaptureProgress.NONE);
        assertEquals(1, index.conversations().size());
        assertEquals(6, index.conversations().get(0).ipVersion());
        InferredConnection inf = PassiveStateTracker.infer(index.loadConversation(0, new ByteArrayInputStream(file),
                file.length, CaptureProgress.NONE));
        assertEquals("[2001:db8::1]:40000", inf.clientLabel());
    }

    /** If tshark is installed, it must decode the export with valid checksums. Skipped otherwise. */
    @Test
    void tsharkAgreesWhenInstalled(@TempDir Path dir) throws Exception {
        Path tshark = Path.of("/usr/bin/tshark");
        Assumptions.assumeTrue(Files.isExecutable(tshark), "tshark not installed");
        Path file = dir.resolve("export.pcap");
        try (var out = Files.newOutputStream(file)) {
            new PcapWriter(V4).write(trace(), out);
        }
        Process p = new ProcessBuilder(tshark.toString(), "-n", "-r", file.toString(), "-o", "tcp.check_checksum:TRUE",
                "-o", "ip.check_checksum:TRUE", "-T", "fields", "-e", "tcp.flags.str", "-e", "tcp.checksum.status",
                "-e", "ip.checksum.status", "-e", "tcp.seq_raw").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        List<String> lines = text.lines().filter(l -> l.contains("\t")).toList();
        assertEquals(6, lines.size(), text);
        for (String line : lines) {
            String[] f = line.split("\t");
            assertEquals("1", f[1], "tcp checksum good (1 = Good): " + line);
            assertEquals("1", f[2], "ip checksum good: " + line);
        }
        assertTrue(lines.get(1).split("\t")[3].equals("700"), lines.get(1));
    }
}
