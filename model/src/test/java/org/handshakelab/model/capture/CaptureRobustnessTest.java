package org.handshakelab.model.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.handshakelab.model.capture.TestCaptures.Format;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.junit.jupiter.api.Test;

/** Hostile and broken files are rejected with the packet number and byte offset, without big allocations. */
class CaptureRobustnessTest {

    static ConversationIndex scan(byte[] bytes) throws Exception {
        return ConversationIndex.scan(new ByteArrayInputStream(bytes), bytes.length, CaptureLimits.DEFAULTS,
                CaptureProgress.NONE);
    }

    static byte[] validPcap() throws Exception {
        return TestCaptures.write(Format.PCAP_LE_MICRO, LinkType.RAW, TestCaptures.frames(
                TestCaptures.normalConnection(40000, 80), LinkType.RAW, "10.0.0.1", "10.0.0.2", 40000, 0, 1000));
    }

    @Test
    void aFourGigabyteCapturedLengthIsRejectedWithItsOffsetWithoutAllocatingIt() throws Exception {
        byte[] bytes = validPcap();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(24 + 8, 0xFFFFFFFF);
        long before = Allocation.allocatedByThisThread();
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> scan(bytes));
        long allocated = Allocation.allocatedByThisThread() - before;
        assertEquals(1, e.packetNumber());
        assertEquals(32, e.offset(), "the incl_len field of the first record header");
        assertTrue(e.getMessage().contains("4294967295"), e.getMessage());
        if (before >= 0) {
            assertTrue(allocated < 16L << 20, "allocated " + allocated + " bytes");
        }
    }

    @Test
    void aFourGigabytePcapngBlockLengthIsRejectedWithItsOffset() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TestCaptures.Pcapng ng = new TestCaptures.Pcapng(out, ByteOrder.BIG_ENDIAN);
        ng.section();
        ng.interfaceBlock(LinkType.RAW, 6, 0);
        int epbAt = out.size();
        ng.enhanced(0, 0, TestCaptures.ip(Segment.control(1, 2, 3, 4, Flags.SYN, 5), "10.0.0.1", "10.0.0.2"));
        byte[] bytes = out.toByteArray();
        byte[] hugeBlock = bytes.clone();
        ByteBuffer.wrap(hugeBlock).putInt(epbAt + 4, 0xFFFFFFFC);
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> scan(hugeBlock));
        assertEquals(epbAt + 4, e.offset());
        assertEquals(1, e.packetNumber());
        byte[] hugeCapture = bytes.clone();
        ByteBuffer.wrap(hugeCapture).putInt(epbAt + 20, 0xFFFFFFFF);
        assertEquals(epbAt + 20, assertThrows(CaptureFormatException.class, () -> scan(hugeCapture)).offset());
        byte[] hugeUnknown = bytes.clone();
        ByteBuffer.wrap(hugeUnknown).putInt(epbAt, 0x0BAD).putInt(epbAt + 4, 0xFFFFFFFC);
        CaptureFormatException skip = assertThrows(CaptureFormatException.class, () -> scan(hugeUnknown));
        assertEquals(epbAt + 4, skip.offset());
        assertTrue(skip.getMessage().contains("past the end"), skip.getMessage());
    }

    @Test
    void truncationsAreReportedWithPacketNumberAndOffset() throws Exception {
        byte[] bytes = validPcap();
        int secondRecord = 24 + 16 + 40;
        CaptureFormatException header = assertThrows(CaptureFormatException.class,
                () -> scan(Arrays.copyOf(bytes, secondRecord + 10)));
        assertEquals(2, header.packetNumber());
        assertEquals(secondRecord, header.offset());
        CaptureFormatException data = assertThrows(CaptureFormatException.class,
                () -> scan(Arrays.copyOf(bytes, secondRecord + 16 + 5)));
        assertEquals(2, data.packetNumber());
        assertEquals(secondRecord + 16 + 5, data.offset(), "where the data ran out");
        assertEquals(0, assertThrows(CaptureFormatException.class, () -> scan(Arrays.copyOf(bytes, 10))).packetNumber());
        assertThrows(CaptureFormatException.class, () -> scan(new byte[0]));
    }

    @Test
    void unknownMagicWrongVersionAndUndescribedInterfaceAreRejected() throws Exception {
        byte[] bytes = validPcap();
        byte[] magic = bytes.clone();
        magic[0] = 0x00;
        assertTrue(assertThrows(CaptureFormatException.class, () -> scan(magic)).getMessage().contains("magic"));
        byte[] version = bytes.clone();
        version[4] = 3;
        assertEquals(4, assertThrows(CaptureFormatException.class, () -> scan(version)).offset());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TestCaptures.Pcapng ng = new TestCaptures.Pcapng(out, ByteOrder.LITTLE_ENDIAN);
        ng.section();
        ng.enhanced(0, 0, new byte[40]);
        CaptureFormatException itf = assertThrows(CaptureFormatException.class, () -> scan(out.toByteArray()));
        assertEquals(28 + 8, itf.offset());
        assertTrue(itf.getMessage().contains("interface 0"), itf.getMessage());
    }

    @Test
    void anEmptyCaptureHasNoConversations() throws Exception {
        byte[] headerOnly = Arrays.copyOf(validPcap(), 24);
        ConversationIndex index = scan(headerOnly);
        assertEquals(0, index.packets());
        assertEquals(List.of(), index.conversations());
    }

    @Test
    void malformedPacketsInsideAWellFormedFileAreCountedNotThrown() throws Exception {
        byte[] ip = TestCaptures.ip(Segment.control(1, 2, 3, 4, Flags.SYN, 5), "10.0.0.1", "10.0.0.2");
        byte[] badOffset = ip.clone();
        badOffset[32] = 0x10; // TCP data offset 4 bytes
        byte[] bytes = TestCaptures.write(Format.PCAP_LE_MICRO, LinkType.RAW, List.of(
                new TestCaptures.Frame(0, Arrays.copyOf(ip, 30)), new TestCaptures.Frame(0, badOffset),
                new TestCaptures.Frame(0, ip)));
        ConversationIndex index = scan(bytes);
        assertEquals(2L, index.skipped().get("malformed or cut short by the snap length"));
        assertEquals(1, index.conversations().get(0).packets());
    }

    @Test
    void theConversationLimitBoundsTheIndex() throws Exception {
        List<Segment> many = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(Segment.control(1000 + i, 80, 0, 0, Flags.SYN, 1));
        }
        byte[] bytes = TestCaptures.write(Format.PCAP_LE_MICRO, LinkType.RAW,
                TestCaptures.frames(many, LinkType.RAW, "10.0.0.1", "10.0.0.2", -1, 0, 1));
        CaptureLimits small = new CaptureLimits(1024, 4096, 10, 5, 100);
        ConversationIndex index = ConversationIndex.scan(new ByteArrayInputStream(bytes), bytes.length, small,
                CaptureProgress.NONE);
        assertEquals(10, index.conversations().size());
        assertEquals(40L, index.skipped().get("beyond the conversation limit"));
    }
}
