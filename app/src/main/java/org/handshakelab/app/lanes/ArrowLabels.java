package org.handshakelab.app.lanes;

import java.util.List;
import org.handshakelab.model.playback.SegmentLife;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Seq;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;

/**
 * The text on each arrow: flags, seq, ack (when the ACK bit is set) and data length, as in
 * {@code SYN,ACK 0/1} or {@code PSH,ACK 1/1 len 14}.
 *
 * <p>Relative numbers follow Wireshark: seq minus the sender's ISN, ack minus the receiver's ISN.
 * A side's ISN is the trace's, until that side sends a SYN, whose seq becomes its new base (a new
 * connection on the same four-tuple starts again from 0). Before a side has any ISN its numbers are
 * shown absolute (e.g. the RST of a closed port, RFC 9293 §3.10.7.1).
 */
final class ArrowLabels {
    private final String[] relative;
    private final String[] absolute;

    ArrowLabels(Trace trace, List<SegmentLife> segments) {
        relative = new String[segments.size()];
        absolute = new String[segments.size()];
        long[] base = {trace.clientIsn(), trace.serverIsn()};
        for (int k = 0; k < segments.size(); k++) {
            SegmentLife life = segments.get(k);
            Segment s = life.segment();
            int sender = life.sender().ordinal();
            if (s.has(Flags.SYN) && !life.retransmission() && !life.duplicate()) {
                base[sender] = Seq.unsigned(s.seq());
            }
            int receiver = life.sender() == Side.CLIENT ? Side.SERVER.ordinal() : Side.CLIENT.ordinal();
            absolute[k] = format(s, Seq.unsigned(s.seq()), Seq.unsigned(s.ack()));
            relative[k] = format(s, relativeTo(s.seq(), base[sender]), relativeTo(s.ack(), base[receiver]));
        }
    }

    private static long relativeTo(int number, long base) {
        return base < 0 ? Seq.unsigned(number) : Seq.distance((int) base, number);
    }

    static String format(Segment s, long seq, long ack) {
        StringBuilder b = new StringBuilder(24).append(Flags.label(s.flags())).append(' ').append(seq);
        if (s.has(Flags.ACK)) {
            b.append('/').append(ack);
        }
        if (s.dataLength() > 0) {
            b.append(" len ").append(s.dataLength());
        }
        return b.toString();
    }

    String label(int ordinal, boolean absoluteNumbers) {
        return absoluteNumbers ? absolute[ordinal] : relative[ordinal];
    }
}
