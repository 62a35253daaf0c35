package org.handshakelab.model.capture;

/**
 * Upper bounds that keep hostile or huge captures from exhausting memory. Every length field read
 * from a file is checked against these before anything is allocated or buffered.
 *
 * @param maxPacketBytes    largest captured packet accepted: 262144, libpcap's MAXIMUM_SNAPLEN
 * @param maxBlockBytes     largest pcapng block that is read into memory (packet and interface
 *                          blocks); larger blocks of unknown types are skipped without reading
 * @param maxConversations  conversations indexed; packets of further conversations are counted as skipped
 * @param maxLoadedPackets  packets kept by {@link ConversationIndex#loadConversation}; the rest are counted
 * @param maxPayloadBytes   payload bytes kept by one load; later segments keep their lengths but not their bytes
 */
public record CaptureLimits(int maxPacketBytes, int maxBlockBytes, int maxConversations, int maxLoadedPackets,
                            long maxPayloadBytes) {

    public static final CaptureLimits DEFAULTS = new CaptureLimits(262_144, 1 << 20, 100_000, 500_000, 64L << 20);

    public CaptureLimits {
        if (maxPacketBytes < 64 || maxBlockBytes < maxPacketBytes + 64 || maxConversations < 1
                || maxLoadedPackets < 1 || maxPayloadBytes < 0) {
            throw new IllegalArgumentException("invalid capture limits");
        }
    }
}
