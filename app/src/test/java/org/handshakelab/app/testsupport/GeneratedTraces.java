package org.handshakelab.app.testsupport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * Shared test fixture: long traces for scale tests. After a handshake, the client sends a 100-byte
 * segment every {@code spacingMs} and the server acknowledges each on arrival (50 ms each way), so
 * about {@code 100 / spacingMs} segments are on the wire at once.
 */
public final class GeneratedTraces {
    private GeneratedTraces() {
    }

    /** A trace of exactly {@code segments} segments (3 handshake, then data and ACKs alternating). */
    public static Trace bulk(int segments, long spacingMs) {
        record Timed(TraceEvent event, long order) {
        }
        List<Timed> events = new ArrayList<>();
        long[] order = {0};
        java.util.function.Consumer<TraceEvent> add = e -> events.add(new Timed(e, order[0]++));
        int cport = 49152;
        int sport = 80;
        int c = 1000;
        int s = 5000;
        add.accept(new TraceEvent.StateChanged(0, Side.SERVER, State.CLOSED, State.LISTEN, "listen"));
        add.accept(new TraceEvent.StateChanged(10, Side.CLIENT, State.CLOSED, State.SYN_SENT, "connect"));
        Segment syn = Segment.control(cport, sport, c, 0, Flags.SYN, 65535);
        add.accept(new TraceEvent.SegmentSent(10, Side.CLIENT, 1, syn, false));
        add.accept(new TraceEvent.SegmentDelivered(60, Side.SERVER, 1, syn));
        add.accept(new TraceEvent.StateChanged(60, Side.SERVER, State.LISTEN, State.SYN_RECEIVED, "SYN"));
        Segment synAck = Segment.control(sport, cport, s, c + 1, Flags.SYN | Flags.ACK, 65535);
        add.accept(new TraceEvent.SegmentSent(60, Side.SERVER, 2, synAck, false));
        add.accept(new TraceEvent.SegmentDelivered(110, Side.CLIENT, 2, synAck));
        add.accept(new TraceEvent.StateChanged(110, Side.CLIENT, State.SYN_SENT, State.ESTABLISHED, "SYN,ACK"));
        Segment ack = Segment.control(cport, sport, c + 1, s + 1, Flags.ACK, 65535);
        add.accept(new TraceEvent.SegmentSent(110, Side.CLIENT, 3, ack, false));
        add.accept(new TraceEvent.SegmentDelivered(160, Side.SERVER, 3, ack));
        add.accept(new TraceEvent.StateChanged(160, Side.SERVER, State.SYN_RECEIVED, State.ESTABLISHED, "ACK"));
        int id = 4;
        int seq = c + 1;
        byte[] payload = new byte[100];
        java.util.Arrays.fill(payload, (byte) 'a');
        for (long t = 200; id <= segments; t += spacingMs) {
            Segment data = new Segment(cport, sport, seq, s + 1, Flags.ACK | Flags.PSH, 65535, payload);
            add.accept(new TraceEvent.SegmentSent(t, Side.CLIENT, id, data, false));
            add.accept(new TraceEvent.SegmentDelivered(t + 50, Side.SERVER, id, data));
            id++;
            seq += payload.length;
            if (id <= segments) {
                Segment dataAck = Segment.control(sport, cport, s + 1, seq, Flags.ACK, 65535);
                add.accept(new TraceEvent.SegmentSent(t + 50, Side.SERVER, id, dataAck, false));
                add.accept(new TraceEvent.SegmentDelivered(t + 100, Side.CLIENT, id, dataAck));
                id++;
            }
        }
        events.sort(Comparator.comparingLong((Timed e) -> e.event().time()).thenComparingLong(Timed::order));
        return new Trace(events.stream().map(Timed::event).toList(), c, s);
    }
}
