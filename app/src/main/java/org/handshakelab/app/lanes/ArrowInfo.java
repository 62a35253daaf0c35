package org.handshakelab.app.lanes;

import org.handshakelab.model.tcp.Side;

/**
 * One arrow as the diagram shows it at the playback's current position.
 *
 * @param label          flags and numbers, e.g. {@code SYN 0}, {@code SYN,ACK 0/1},
 *                       {@code PSH,ACK 1/1 len 14}: relative or absolute as the view model says
 * @param endsAt         delivery time, or the time it is lost
 * @param dropped        the network lost it (known once the loss has been played)
 * @param retransmission the sender resent data it had sent before
 * @param discarded      the receiver threw it away (known once that has been played)
 */
public record ArrowInfo(int id, Side sender, String label, long sentAt, long endsAt, boolean dropped,
                        boolean retransmission, boolean discarded) {
}
