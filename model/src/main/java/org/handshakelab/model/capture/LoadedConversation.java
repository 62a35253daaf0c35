package org.handshakelab.model.capture;

import java.util.List;

/**
 * The packets of one conversation, from a second pass over the file.
 *
 * @param packetsOmitted    packets of this conversation beyond {@link CaptureLimits#maxLoadedPackets()}, not kept
 * @param payloadsTruncated true when the payload budget ran out and later segments kept no payload bytes
 */
public record LoadedConversation(Conversation conversation, List<CapturedSegment> segments, long packetsOmitted,
                                 boolean payloadsTruncated) {
    public LoadedConversation {
        segments = List.copyOf(segments);
    }
}
