package org.handshakelab.model.capture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.handshakelab.model.capture.TestCaptures.Format;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.trace.TraceJsonl;

/**
 * Mutated captures (random byte flips, overwritten length-sized words, truncations) never make the
 * readers throw anything but {@link CaptureFormatException}, never loop, and never keep more than
 * the limits allow.
 */
class CaptureFuzzProperties {
    static final CaptureLimits SMALL = new CaptureLimits(2048, 4096, 8, 16, 256);
    private static final List<byte[]> BASES = bases();

    private static List<byte[]> bases() {
        try {
            List<byte[]> bases = new ArrayList<>();
            List<Segment> conn = TestCaptures.normalConnection(40000, 80);
            bases.add(TestCaptures.write(Format.PCAP_LE_MICRO, LinkType.ETHERNET,
                    TestCaptures.frames(conn, LinkType.ETHERNET, "10.0.0.1", "10.0.0.2", 40000, 0, 1000)));
            bases.add(TestCaptures.write(Format.PCAP_BE_NANO, LinkType.LINUX_SLL,
                    TestCaptures.frames(conn, LinkType.LINUX_SLL, "fd00::1", "fd00::2", 40000, 0, 1000)));
            bases.add(TestCaptures.write(Format.PCAPNG_LE, LinkType.LINUX_SLL2,
                    TestCaptures.frames(conn, LinkType.LINUX_SLL2, "10.0.0.1", "10.0.0.2", 40000, 0, 1000)));
            bases.add(TestCaptures.write(Format.PCAPNG_BE, LinkType.NULL,
                    TestCaptures.frames(conn, LinkType.NULL, "fd00::1", "fd00::2", 40000, 0, 1000)));
            return bases;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 1000)
    void mutatedCapturesFailOnlyWithCaptureFormatException(@ForAll @IntRange(min = 0, max = 3) int base,
                                                          @ForAll @IntRange(min = 1, max = 12) int mutations,
                                                          @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        byte[] bytes = BASES.get(base).clone();
        for (int i = 0; i < mutations && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes[at] = (byte) random.nextInt(256);
                case 2 -> { // a length-like word: 0, huge, or just past the end
                    int[] values = {0, -1, 0x7FFFFFFF, bytes.length, random.nextInt(70_000)};
                    int v = values[random.nextInt(values.length)];
                    for (int k = 0; k < 4 && at + k < bytes.length; k++) {
                        bytes[at + k] = (byte) (v >>> (8 * k));
                    }
                }
                default -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
        }
        long before = Allocation.allocatedByThisThread();
        try {
            byte[] input = bytes;
            ConversationIndex index = ConversationIndex.scan(new ByteArrayInputStream(input), input.length, SMALL,
                    CaptureProgress.NONE);
            assertTrue(index.conversations().size() <= SMALL.maxConversations());
            for (int n = 0; n < index.conversations().size(); n++) {
                LoadedConversation loaded = index.loadConversation(n, new ByteArrayInputStream(input), input.length,
                        CaptureProgress.NONE);
                assertTrue(loaded.segments().size() <= SMALL.maxLoadedPackets());
                long payload = loaded.segments().stream().mapToLong(c -> c.segment().dataLength()).sum();
                assertTrue(payload <= SMALL.maxPayloadBytes(), "payload kept: " + payload);
                TraceJsonl.toString(PassiveStateTracker.infer(loaded).trace());
            }
        } catch (CaptureFormatException expected) {
            assertTrue(expected.offset() >= 0 && expected.offset() <= bytes.length + 16, expected.getMessage());
        }
        if (before >= 0) {
            long allocated = Allocation.allocatedByThisThread() - before;
            assertTrue(allocated < 8L << 20, "one try allocated " + allocated + " bytes");
        }
    }
}
