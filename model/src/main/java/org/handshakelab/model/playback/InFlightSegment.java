package org.handshakelab.model.playback;

import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;

/**
 * A segment on the wire at the playback's current time.
 *
 * @param id            the segment's trace id
 * @param sender        the side that put it on the wire
 * @param sentAt        virtual ms when it was sent
 * @param arrivesAt     virtual ms when it leaves the wire: delivered, or lost when {@code willBeDropped}
 *                      (the loss time of {@code SegmentDropped}); estimated from the direction's latency
 *                      when the trace ends first
 * @param willBeDropped the network loses it at {@code arrivesAt}
 * @param progress      0..1 along its way from {@code sentAt} to {@code arrivesAt}
 */
public record InFlightSegment(int id, Side sender, Segment segment, long sentAt, long arrivesAt,
                              boolean willBeDropped, double progress) {
}
