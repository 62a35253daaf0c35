package org.handshakelab.model.playback;

import org.handshakelab.model.tcp.DiscardReason;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;

/**
 * Everything the trace says about one segment, from being sent to leaving the wire, gathered once
 * so that views can draw it without scanning the trace.
 *
 * @param sentIndex     index of the {@code SegmentSent} (or {@code SegmentDuplicated}) event
 * @param endIndex      index of the {@code SegmentDelivered} or {@code SegmentDropped} event, or the
 *                      trace's size when the trace ends with the segment still on the wire
 * @param endsAt        delivery or loss time (estimated when {@link Fate#UNFINISHED})
 * @param duplicate     a copy made by the network ({@code SegmentDuplicated})
 * @param discardIndex  index of the receiver's {@code SegmentDiscarded} event, or -1
 * @param discardReason why the receiver threw it away, or null
 * @param note          the drop cause, the discard detail or the duplication cause, or null
 */
public record SegmentLife(int id, Side sender, Segment segment, int sentIndex, long sentAt, int endIndex,
                          long endsAt, Fate fate, boolean retransmission, boolean duplicate, int discardIndex,
                          DiscardReason discardReason, String note) {

    /** How a segment left the wire. */
    public enum Fate { DELIVERED, DROPPED, UNFINISHED }

    public boolean dropped() {
        return fate == Fate.DROPPED;
    }

    public boolean discarded() {
        return discardIndex >= 0;
    }
}
