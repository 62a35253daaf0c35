package org.handshakelab.model.trace;

import java.util.HashMap;
import java.util.Map;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;

/**
 * Wireshark-style relative sequence numbers: {@code rseq = seq - ISN of the sender} and
 * {@code rack = ack - ISN of the receiver}, modulo 2^32. The ISN of a side is the sequence number
 * of the newest SYN it has sent so far (a reconnect with a new SYN starts a new numbering), or the
 * trace's {@link Trace#clientIsn()}/{@link Trace#serverIsn()} before its first SYN. A side whose ISN
 * is not known yet (e.g. a RST sent from CLOSED) keeps absolute numbers, and says so.
 *
 * <p>Use {@link #of(Trace)} for a whole trace (looked up by segment id; a network duplicate has
 * the numbers of its original), or a {@link Tracker} to number segments as they stream by.
 */
public final class RelativeNumbers {

    /**
     * @param rseq        the relative (or, if {@code seqRelative} is false, absolute) sequence number
     * @param rack        the relative (or absolute) acknowledgment number; -1 when the ACK bit is clear
     * @param seqRelative whether the sender's ISN was known
     * @param ackRelative whether the receiver's ISN was known (false also when the ACK bit is clear)
     */
    public record Relative(long rseq, long rack, boolean seqRelative, boolean ackRelative) {
        public boolean hasAck() {
            return rack >= 0;
        }
    }

    /** Numbers segments in the order they are sent, following each side's newest SYN. */
    public static final class Tracker {
        private long clientIsn;
        private long serverIsn;

        /** @param clientIsn the client's ISN if known before its first SYN, else -1 (likewise the server's) */
        public Tracker(long clientIsn, long serverIsn) {
            this.clientIsn = clientIsn;
            this.serverIsn = serverIsn;
        }

        /** Records a segment {@code sender} put on the wire and returns its relative numbers. */
        public Relative observe(Side sender, Segment segment) {
            if (segment.has(Flags.SYN)) {
                setIsn(sender, Integer.toUnsignedLong(segment.seq()));
            }
            return peek(sender, segment);
        }

        /** The relative numbers of a segment without recording its SYN (for a segment not sent). */
        public Relative peek(Side sender, Segment segment) {
            long own = isn(sender);
            long peer = isn(sender.peer());
            long rseq = own < 0 ? Integer.toUnsignedLong(segment.seq()) : diff(segment.seq(), own);
            if (!segment.has(Flags.ACK)) {
                return new Relative(rseq, -1, own >= 0, false);
            }
            long rack = peer < 0 ? Integer.toUnsignedLong(segment.ack()) : diff(segment.ack(), peer);
            return new Relative(rseq, rack, own >= 0, peer >= 0);
        }

        /** The ISN currently used for {@code side}, or -1 when not known. */
        public long isn(Side side) {
            return side == Side.CLIENT ? clientIsn : serverIsn;
        }

        private void setIsn(Side side, long isn) {
            if (side == Side.CLIENT) {
                clientIsn = isn;
            } else {
                serverIsn = isn;
            }
        }

        private static long diff(int number, long isn) {
            return Integer.toUnsignedLong(number - (int) isn);
        }
    }

    private final Map<Integer, Relative> byId;

    private RelativeNumbers(Map<Integer, Relative> byId) {
        this.byId = byId;
    }

    /** Numbers every segment of the trace (SegmentSent and SegmentDuplicated) in event order. */
    public static RelativeNumbers of(Trace trace) {
        Tracker tracker = new Tracker(trace.clientIsn(), trace.serverIsn());
        Map<Integer, Relative> byId = new HashMap<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.SegmentSent s) {
                byId.put(s.id(), tracker.observe(s.side(), s.segment()));
            } else if (e instanceof TraceEvent.SegmentDuplicated d) {
                Relative original = byId.get(d.originalId());
                byId.put(d.copyId(), original != null ? original : tracker.peek(d.side(), d.segment()));
            }
        }
        return new RelativeNumbers(Map.copyOf(byId));
    }

    /** The numbers of segment {@code id}, or null for an id the trace never sent. */
    public Relative get(int id) {
        return byId.get(id);
    }
}
