package org.handshakelab.app.lanes;

import org.handshakelab.model.tcp.Side;

/** TEMPORARY placeholder for the contract. */
public record ArrowInfo(int id, Side sender, String label, long sentAt, long endsAt, boolean dropped, boolean retransmission, boolean discarded) {
}
