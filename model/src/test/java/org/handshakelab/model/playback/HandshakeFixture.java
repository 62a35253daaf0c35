package org.handshakelab.model.playback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.CallResult;
import org.handshakelab.model.tcp.DiscardReason;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * A hand-built trace, independent of the TCP model so that playback and view tests fail only for
 * their own reasons: client ISN 1000, server ISN 5000, 50 ms each way.
 * The first SYN is lost (segment 1) and retransmitted after the 1 s RTO (segment 2); the client's
 * 14-byte request (5) is duplicated by the network (6) and the late copy is discarded as a
 * duplicate; then a four-way close with the client's 240 s TIME-WAIT. Shared with the app's view
 * tests through the model's test jar.
 */
public final class HandshakeFixture {
    public static final int CPORT = 49152;
    public static final int SPORT = 80;

    private HandshakeFixture() {
    }

    public static Segment c(int seq, int ack, int flags, String data) {
        return new Segment(CPORT, SPORT, seq, ack, flags, 65535, data.getBytes(StandardCharsets.UTF_8));
    }

    public static Segment s(int seq, int ack, int flags) {
        return Segment.control(SPORT, CPORT, seq, ack, flags, 65535);
    }

    public static Trace trace() {
        Side C = Side.CLIENT;
        Side S = Side.SERVER;
        int syn = Flags.SYN;
        int ack = Flags.ACK;
        int fin = Flags.FIN | Flags.ACK;
        Segment request = c(1001, 5001, Flags.PSH | Flags.ACK, "GET / HTTP/1.1");
        List<TraceEvent> e = new ArrayList<>();
        e.add(new TraceEvent.CallMade(0, S, new AppCall.Listen(5000L), CallResult.OK));
        e.add(new TraceEvent.StateChanged(0, S, State.CLOSED, State.LISTEN, "listen"));
        e.add(new TraceEvent.CallMade(100, C, new AppCall.Connect(1000L), CallResult.OK));
        e.add(new TraceEvent.StateChanged(100, C, State.CLOSED, State.SYN_SENT, "connect"));
        e.add(new TraceEvent.SegmentSent(100, C, 1, c(1000, 0, syn, ""), false));
        e.add(new TraceEvent.TimerSet(100, C, TimerKind.RETRANSMISSION, 1100));
        e.add(new TraceEvent.SegmentDropped(125, C, 1, "drop the first SYN"));
        e.add(new TraceEvent.TimerFired(1100, C, TimerKind.RETRANSMISSION));
        e.add(new TraceEvent.SegmentSent(1100, C, 2, c(1000, 0, syn, ""), true));
        e.add(new TraceEvent.TimerSet(1100, C, TimerKind.RETRANSMISSION, 3100));
        e.add(new TraceEvent.SegmentDelivered(1150, S, 2, c(1000, 0, syn, "")));
        e.add(new TraceEvent.StateChanged(1150, S, State.LISTEN, State.SYN_RECEIVED, "received SYN"));
        e.add(new TraceEvent.SegmentSent(1150, S, 3, s(5000, 1001, syn | ack), false));
        e.add(new TraceEvent.TimerSet(1150, S, TimerKind.RETRANSMISSION, 2150));
        e.add(new TraceEvent.SegmentDelivered(1200, C, 3, s(5000, 1001, syn | ack)));
        e.add(new TraceEvent.TimerCancelled(1200, C, TimerKind.RETRANSMISSION));
        e.add(new TraceEvent.StateChanged(1200, C, State.SYN_SENT, State.ESTABLISHED, "received SYN,ACK"));
        e.add(new TraceEvent.SegmentSent(1200, C, 4, c(1001, 5001, ack, ""), false));
        e.add(new TraceEvent.SegmentDelivered(1250, S, 4, c(1001, 5001, ack, "")));
        e.add(new TraceEvent.TimerCancelled(1250, S, TimerKind.RETRANSMISSION));
        e.add(new TraceEvent.StateChanged(1250, S, State.SYN_RECEIVED, State.ESTABLISHED, "ACK of our SYN"));
        e.add(new TraceEvent.SegmentSent(1260, C, 5, request, false));
        e.add(new TraceEvent.SegmentDuplicated(1260, C, 5, 6, request, "duplicate the request"));
        e.add(new TraceEvent.TimerSet(1260, C, TimerKind.RETRANSMISSION, 2260));
        e.add(new TraceEvent.SegmentDelivered(1310, S, 5, request));
        e.add(new TraceEvent.DataDelivered(1310, S, "GET / HTTP/1.1".getBytes(StandardCharsets.UTF_8)));
        e.add(new TraceEvent.SegmentSent(1310, S, 7, s(5001, 1015, ack), false));
        e.add(new TraceEvent.SegmentDelivered(1360, C, 7, s(5001, 1015, ack)));
        e.add(new TraceEvent.TimerCancelled(1360, C, TimerKind.RETRANSMISSION));
        e.add(new TraceEvent.SegmentDelivered(1400, S, 6, request));
        e.add(new TraceEvent.SegmentSent(1400, S, 8, s(5001, 1015, ack), false));
        e.add(new TraceEvent.SegmentDiscarded(1400, S, 6, DiscardReason.DUPLICATE, "old data, already received"));
        e.add(new TraceEvent.SegmentDelivered(1450, C, 8, s(5001, 1015, ack)));
        e.add(new TraceEvent.CallMade(2500, C, new AppCall.Close(), CallResult.OK));
        e.add(new TraceEvent.StateChanged(2500, C, State.ESTABLISHED, State.FIN_WAIT_1, "close"));
        e.add(new TraceEvent.SegmentSent(2500, C, 9, c(1015, 5001, fin, ""), false));
        e.add(new TraceEvent.TimerSet(2500, C, TimerKind.RETRANSMISSION, 3500));
        e.add(new TraceEvent.SegmentDelivered(2550, S, 9, c(1015, 5001, fin, "")));
        e.add(new TraceEvent.StateChanged(2550, S, State.ESTABLISHED, State.CLOSE_WAIT, "received FIN"));
        e.add(new TraceEvent.SegmentSent(2550, S, 10, s(5001, 1016, ack), false));
        e.add(new TraceEvent.Notified(2550, S, "connection closing"));
        e.add(new TraceEvent.SegmentDelivered(2600, C, 10, s(5001, 1016, ack)));
        e.add(new TraceEvent.TimerCancelled(2600, C, TimerKind.RETRANSMISSION));
        e.add(new TraceEvent.StateChanged(2600, C, State.FIN_WAIT_1, State.FIN_WAIT_2, "ACK of our FIN"));
        e.add(new TraceEvent.CallMade(2700, S, new AppCall.Close(), CallResult.OK));
        e.add(new TraceEvent.StateChanged(2700, S, State.CLOSE_WAIT, State.LAST_ACK, "close"));
        e.add(new TraceEvent.SegmentSent(2700, S, 11, s(5001, 1016, fin), false));
        e.add(new TraceEvent.TimerSet(2700, S, TimerKind.RETRANSMISSION, 3700));
        e.add(new TraceEvent.SegmentDelivered(2750, C, 11, s(5001, 1016, fin)));
        e.add(new TraceEvent.StateChanged(2750, C, State.FIN_WAIT_2, State.TIME_WAIT, "received FIN"));
        e.add(new TraceEvent.SegmentSent(2750, C, 12, c(1016, 5002, ack, ""), false));
        e.add(new TraceEvent.TimerSet(2750, C, TimerKind.TIME_WAIT, 242_750));
        e.add(new TraceEvent.SegmentDelivered(2800, S, 12, c(1016, 5002, ack, "")));
        e.add(new TraceEvent.TimerCancelled(2800, S, TimerKind.RETRANSMISSION));
        e.add(new TraceEvent.StateChanged(2800, S, State.LAST_ACK, State.CLOSED, "ACK of our FIN"));
        e.add(new TraceEvent.TimerFired(242_750, C, TimerKind.TIME_WAIT));
        e.add(new TraceEvent.StateChanged(242_750, C, State.TIME_WAIT, State.CLOSED, "2MSL expired"));
        return new Trace(e, 1000, 5000);
    }

    /** The index of the first event matching, for tests that name events instead of counting them. */
    public static int indexOf(Trace trace, java.util.function.Predicate<TraceEvent> p) {
        for (int i = 0; i < trace.size(); i++) {
            if (p.test(trace.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }
}
