package org.handshakelab.model.playback;

import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;

/** TEMPORARY placeholder for the contract. */
public record InFlightSegment(int id, Side sender, Segment segment, long sentAt, long arrivesAt, boolean willBeDropped, double progress) {
}
