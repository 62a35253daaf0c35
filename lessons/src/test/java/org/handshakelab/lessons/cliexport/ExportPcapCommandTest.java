package org.handshakelab.lessons.cliexport;

import static org.handshakelab.lessons.cli.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handshakelab.lessons.BundledLessons;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.lessons.cli.Cli;
import org.handshakelab.lessons.cli.CliRun;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.trace.TraceEvent;
import org.handshakelab.model.wire.DecodedPacket;
import org.handshakelab.model.wire.PacketCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPcapCommandTest {
    /** The fields that identify a segment on the wire. */
    record WireSegment(int srcPort, int dstPort, int flags, long seq, long ack, int len) {
        static WireSegment of(Segment s) {
            return new WireSegment(s.srcPort(), s.dstPort(), s.flags(), Integer.toUnsignedLong(s.seq()),
                    Integer.toUnsignedLong(s.ack()), s.dataLength());
        }
    }

    @TempDir
    Path dir;

    static LoadedLesson lesson(String id) {
        return ((LoadOutcome.Loaded) BundledLessons.load(id)).lesson();
    }

    /** What the trace sent (and the network copied), in trace order, optionally without dropped ids. */
    static List<WireSegment> expected(LoadedLesson lesson, boolean includeDropped) {
        Set<Integer> dropped = new HashSet<>();
        for (TraceEvent e : lesson.result().trace().events()) {
            if (e instanceof TraceEvent.SegmentDropped d) {
                dropped.add(d.id());
            }
        }
        List<WireSegment> segments = new ArrayList<>();
        int srcPortClient = lesson.scenario().client().port();
        int srcPortServer = lesson.scenario().server().port();
        for (TraceEvent e : lesson.result().trace().events()) {
            if (e instanceof TraceEvent.SegmentSent s && (includeDropped || !dropped.contains(s.id()))) {
                segments.add(addressed(s.segment(), s.side().ordinal() == 0, srcPortClient, srcPortServer));
            } else if (e instanceof TraceEvent.SegmentDuplicated d && (includeDropped || !dropped.contains(d.copyId()))) {
                segments.add(addressed(d.segment(), d.side().ordinal() == 0, srcPortClient, srcPortServer));
            }
        }
        return segments;
    }

    private static WireSegment addressed(Segment s, boolean fromClient, int clientPort, int serverPort) {
        WireSegment w = WireSegment.of(s);
        return fromClient ? new WireSegment(clientPort, serverPort, w.flags(), w.seq(), w.ack(), w.len())
                : new WireSegment(serverPort, clientPort, w.flags(), w.seq(), w.ack(), w.len());
    }

    /** Reads a little-endian classic pcap with Ethernet frames back into decoded packets. */
    static List<DecodedPacket> readPcap(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xa1b2c3d4, b.getInt(0), "pcap magic");
        List<DecodedPacket> packets = new ArrayList<>();
        for (int at = 24; at < bytes.length; ) {
            int len = b.getInt(at + 8);
            packets.add(PacketCodec.decode(Arrays.copyOfRange(bytes, at + 16 + 14, at + 16 + len)));
            at += 16 + len;
        }
        return packets;
    }

    static List<WireSegment> wire(List<DecodedPacket> packets) {
        return packets.stream().map(p -> WireSegment.of(p.segment())).toList();
    }

    @Test
    void exportedFourWayHandshakeDecodesToTheTracesSegments() throws Exception {
        Path out = dir.resolve("four.pcap");
        CliRun run = cli("export-pcap", "four-way-handshake", out.toString());
        assertEquals(0, run.exit(), run.err());
        LoadedLesson lesson = lesson("four-way-handshake");
        List<DecodedPacket> packets = readPcap(out);
        assertEquals(expected(lesson, true), wire(packets));
        assertEquals(lesson.scenario().client().address(), packets.get(0).source().getHostAddress());
        assertEquals(lesson.scenario().server().address(), packets.get(0).destination().getHostAddress());
    }

    @Test
    void droppedSegmentsAreWrittenByDefaultAndLeftOutWithNoDropped() throws Exception {
        LoadedLesson lesson = lesson("lost-final-ack");
        List<WireSegment> all = expected(lesson, true);
        List<WireSegment> delivered = expected(lesson, false);
        assertTrue(all.size() > delivered.size(), "the lesson drops a segment");

        Path withDrops = dir.resolve("all.pcap");
        assertEquals(0, cli("export-pcap", "lost-final-ack", withDrops.toString()).exit());
        assertEquals(all, wire(readPcap(withDrops)));

        Path without = dir.resolve("delivered.pcap");
        CliRun run = cli("export-pcap", "lost-final-ack", without.toString(), "--no-dropped");
        assertEquals(0, run.exit(), run.err());
        assertEquals(delivered, wire(readPcap(without)));
        assertTrue(run.out().contains(delivered.size() + " packets"), run.out());
    }

    @Test
    void missingOutputIsAUsageErrorAndUnknownLessonFails() {
        CliRun usage = cli("export-pcap", "four-way-handshake");
        assertEquals(Cli.USAGE, usage.exit());
        assertTrue(usage.err().contains("usage: handshake-lab export-pcap"), usage.err());
        CliRun unknown = cli("export-pcap", "no-such-lesson-id", dir.resolve("x.pcap").toString());
        assertEquals(Cli.FAILED, unknown.exit());
        assertFalse(Files.exists(dir.resolve("x.pcap")));
    }
}
