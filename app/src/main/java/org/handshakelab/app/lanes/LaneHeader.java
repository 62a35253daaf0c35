package org.handshakelab.app.lanes;

/** What heads a lane: the endpoint's label (already localized), address and port. */
public record LaneHeader(String label, String address, int port) {
}
