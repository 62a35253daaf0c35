package org.handshakelab.model.capture;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.handshakelab.model.tcp.Segment;

/**
 * The TCP conversations of a capture file, found in one streaming pass that keeps only a few
 * counters per conversation; {@link #loadConversation(int)} then reads the file again keeping only
 * the packets of the chosen conversation. Memory is bounded by {@link CaptureLimits}, not by the
 * file's size. Packets that are not TCP over IP (or are non-first fragments, or malformed inside)
 * are counted by reason in {@link #skipped()}; a malformed or truncated <em>file</em> stops the
 * pass with a {@link CaptureFormatException}.
 */
public final class ConversationIndex {

    private static final class Stats {
        final int index;
        final ConversationKey key;
        long packets;
        long first;
        long last;
        long firstNumber;

        Stats(int index, ConversationKey key) {
            this.index = index;
            this.key = key;
        }
    }

    private final Path file;
    private final CaptureLimits limits;
    private final List<Conversation> conversations;
    private final long packets;
    private final Map<String, Long> skipped;

    private ConversationIndex(Path file, CaptureLimits limits, List<Conversation> conversations, long packets,
                              Map<String, Long> skipped) {
        this.file = file;
        this.limits = limits;
        this.conversations = List.copyOf(conversations);
        this.packets = packets;
        this.skipped = Collections.unmodifiableMap(skipped);
    }

    public static ConversationIndex scan(Path file) throws IOException, CaptureFormatException {
        return scan(file, CaptureLimits.DEFAULTS, CaptureProgress.NONE);
    }

    public static ConversationIndex scan(Path file, CaptureLimits limits, CaptureProgress progress)
            throws IOException, CaptureFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return scan(file, in, Files.size(file), limits, progress);
        }
    }

    /** Scans a stream; the result cannot {@link #loadConversation(int)} without a stream to re-read. */
    public static ConversationIndex scan(InputStream in, long totalBytes, CaptureLimits limits, CaptureProgress progress)
            throws IOException, CaptureFormatException {
        return scan(null, in, totalBytes, limits, progress);
    }

    private static ConversationIndex scan(Path file, InputStream stream, long totalBytes, CaptureLimits limits,
                                          CaptureProgress progress) throws IOException, CaptureFormatException {
        PacketReader reader = CaptureReaders.open(stream, limits);
        PacketDissector d = new PacketDissector();
        ConversationKey probe = new ConversationKey();
        Map<ConversationKey, Stats> byKey = new HashMap<>();
        List<Stats> order = new ArrayList<>();
        EnumMap<PacketDissector.Kind, Long> skips = new EnumMap<>(PacketDissector.Kind.class);
        long overLimit = 0;
        RawPacket p = new RawPacket();
        long count = 0;
        while (reader.next(p)) {
            count++;
            if ((count & (CaptureProgress.EVERY_PACKETS - 1)) == 0) {
                checkpoint(reader, totalBytes, progress);
            }
            PacketDissector.Kind kind = d.dissect(p.linkType, p.data, p.offset, p.capturedLength);
            if (kind != PacketDissector.Kind.TCP) {
                skips.merge(kind, 1L, Long::sum);
                continue;
            }
            probe.set(d);
            Stats s = byKey.get(probe);
            if (s == null) {
                if (order.size() >= limits.maxConversations()) {
                    overLimit++;
                    continue;
                }
                ConversationKey key = probe.copy();
                s = new Stats(order.size(), key);
                s.first = p.epochNanos;
                s.firstNumber = p.number;
                byKey.put(key, s);
                order.add(s);
            }
            s.packets++;
            s.last = p.epochNanos;
        }
        progress.update(reader.position(), totalBytes);
        List<Conversation> result = new ArrayList<>(order.size());
        for (Stats s : order) {
            result.add(new Conversation(s.index, s.key.version, address(s.key.addressA, s.key.version), s.key.portA,
                    address(s.key.addressB, s.key.version), s.key.portB, s.packets, s.first, s.last, s.firstNumber));
        }
        Map<String, Long> skipped = new LinkedHashMap<>();
        skips.forEach((k, v) -> skipped.put(k.label, v));
        if (overLimit > 0) {
            skipped.put("beyond the conversation limit", overLimit);
        }
        return new ConversationIndex(file, limits, result, count, skipped);
    }

    private static void checkpoint(PacketReader reader, long totalBytes, CaptureProgress progress) {
        progress.update(reader.position(), totalBytes);
        if (progress.cancelRequested() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("capture scan cancelled");
        }
    }

    static InetAddress address(byte[] sixteen, int version) {
        try {
            return InetAddress.getByAddress(version == 4 ? Arrays.copyOfRange(sixteen, 12, 16) : sixteen.clone());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Conversation> conversations() {
        return conversations;
    }

    /** Every packet record in the file, TCP or not. */
    public long packets() {
        return packets;
    }

    /** Packets that were not indexed, by reason (e.g. "IP but not TCP" -> 12). */
    public Map<String, Long> skipped() {
        return skipped;
    }

    /** Re-reads the scanned file keeping only conversation {@code n}'s packets. */
    public LoadedConversation loadConversation(int n) throws IOException, CaptureFormatException {
        return loadConversation(n, CaptureProgress.NONE);
    }

    public LoadedConversation loadConversation(int n, CaptureProgress progress) throws IOException, CaptureFormatException {
        if (file == null) {
            throw new IllegalStateException("scanned from a stream: use loadConversation(n, stream, ...)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return loadConversation(n, in, Files.size(file), progress);
        }
    }

    /** Reads {@code stream} (the same capture again) keeping only conversation {@code n}'s packets. */
    public LoadedConversation loadConversation(int n, InputStream stream, long totalBytes, CaptureProgress progress)
            throws IOException, CaptureFormatException {
        Conversation c = conversations.get(n);
        PacketReader reader = CaptureReaders.open(stream, limits);
        PacketDissector d = new PacketDissector();
        ConversationKey probe = new ConversationKey();
        List<CapturedSegment> segments = new ArrayList<>();
        long omitted = 0;
        long payloadBudget = limits.maxPayloadBytes();
        boolean truncated = false;
        RawPacket p = new RawPacket();
        long count = 0;
        while (reader.next(p)) {
            count++;
            if ((count & (CaptureProgress.EVERY_PACKETS - 1)) == 0) {
                checkpoint(reader, totalBytes, progress);
            }
            if (p.number < c.firstPacketNumber()
                    || d.dissect(p.linkType, p.data, p.offset, p.capturedLength) != PacketDissector.Kind.TCP) {
                continue;
            }
            boolean fromA = probe.set(d);
            if (probe.version != c.ipVersion() || probe.portA != c.portA() || probe.portB != c.portB()
                    || !sameAddress(probe.addressA, c.addressA()) || !sameAddress(probe.addressB, c.addressB())) {
                continue;
            }
            if (segments.size() >= limits.maxLoadedPackets()) {
                omitted++;
                continue;
            }
            byte[] payload;
            if (d.payloadCaptured <= payloadBudget) {
                payload = Arrays.copyOfRange(p.data, d.payloadOffset, d.payloadOffset + d.payloadCaptured);
                payloadBudget -= d.payloadCaptured;
            } else {
                payload = new byte[0];
                truncated = true;
            }
            Segment s = new Segment(d.srcPort, d.dstPort, d.seq, d.ack, d.flags, d.window, payload);
            segments.add(new CapturedSegment(p.number, p.epochNanos, fromA, s, d.payloadLength));
        }
        progress.update(reader.position(), totalBytes);
        return new LoadedConversation(c, segments, omitted, truncated);
    }

    private static boolean sameAddress(byte[] sixteen, InetAddress a) {
        byte[] raw = a.getAddress();
        return raw.length == 16 ? Arrays.equals(sixteen, raw) : Arrays.equals(sixteen, 12, 16, raw, 0, 4);
    }
}
