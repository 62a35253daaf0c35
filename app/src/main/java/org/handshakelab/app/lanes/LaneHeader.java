package org.handshakelab.app.lanes;

/** TEMPORARY placeholder for the contract. */
public record LaneHeader(String label, String address, int port) {
}
