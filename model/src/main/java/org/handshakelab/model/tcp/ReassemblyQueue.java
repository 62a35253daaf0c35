package org.handshakelab.model.tcp;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments that arrived ahead of RCV.NXT, held for later processing (RFC 9293 §3.10.7.4, seventh
 * step: "segments with higher beginning sequence numbers SHOULD be held", SHLD-31). A FIN that
 * arrives ahead of missing data waits here too: it takes effect only once every byte before it
 * has arrived. Entries are kept in sequence order; every entry lies within the receive window, so
 * 32-bit sequence comparisons order them correctly across the 2^32 wrap.
 */
final class ReassemblyQueue {

    /**
     * A held piece: {@code length} bytes of {@code segment}'s payload from {@code offset},
     * starting at sequence number {@code seq}, followed by a FIN when {@code fin}.
     */
    record Piece(int seq, Segment segment, int offset, int length, boolean fin) {
        int end() {
            return seq + length + (fin ? 1 : 0);
        }
    }

    private final List<Piece> pieces = new ArrayList<>();

    boolean isEmpty() {
        return pieces.isEmpty();
    }

    int size() {
        return pieces.size();
    }

    void clear() {
        pieces.clear();
    }

    /** Holds a piece, keeping sequence order; an exact duplicate is held once. */
    void add(int seq, Segment segment, int offset, int length, boolean fin) {
        int i = pieces.size();
        while (i > 0 && Seq.gt(pieces.get(i - 1).seq(), seq)) {
            i--;
        }
        if (i > 0) {
            Piece before = pieces.get(i - 1);
            if (before.seq() == seq && before.length() == length && before.fin() == fin) {
                return;
            }
        }
        pieces.add(i, new Piece(seq, segment, offset, length, fin));
    }

    /**
     * Removes and returns the first piece if it starts at or before {@code rcvNxt}, or null. Pieces
     * that lie wholly before {@code rcvNxt} are discarded on the way.
     */
    Piece pollReady(int rcvNxt) {
        while (!pieces.isEmpty()) {
            Piece head = pieces.get(0);
            if (Seq.gt(head.seq(), rcvNxt)) {
                return null;
            }
            pieces.remove(0);
            if (Seq.gt(head.end(), rcvNxt)) {
                return head;
            }
        }
        return null;
    }
}
