package org.handshakelab.model.trace;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.CallResult;
import org.handshakelab.model.tcp.DiscardReason;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;
import org.handshakelab.model.trace.TraceEvent.*;

/** Traces built by hand (no simulation needed): a handshake, data, a loss, a duplicate, a reconnect. */
final class SampleTraces {
    static final int C = 40000;
    static final int S = 80;
    static final Side CL = Side.CLIENT;
    static final Side SV = Side.SERVER;

    private SampleTraces() {
    }

    static Trace handshakeDataReconnect() {
        Segment syn = Segment.control(C, S, 1000, 0, Flags.SYN, 65535);
        Segment synAck = Segment.control(S, C, 5000, 1001, Flags.SYN | Flags.ACK, 65535);
        Segment ack = Segment.control(C, S, 1001, 5001, Flags.ACK, 65535);
        Segment data = new Segment(C, S, 1001, 5001, Flags.PSH | Flags.ACK, 65535,
                "hi \"there\"".getBytes(StandardCharsets.UTF_8));
        Segment syn2 = Segment.control(C, S, 90000, 0, Flags.SYN, 65535);
        Segment rst = Segment.control(S, C, 0, 90001, Flags.RST | Flags.ACK, 0);
        return new Trace(List.of(
                new CallMade(0, SV, new AppCall.Listen(5000L), CallResult.OK),
                new StateChanged(0, SV, State.CLOSED, State.LISTEN, "listen"),
                new CallMade(0, CL, new AppCall.Connect(1000L), CallResult.OK),
                new StateChanged(0, CL, State.CLOSED, State.SYN_SENT, "connect"),
                new SegmentSent(0, CL, 1, syn, false),
                new TimerSet(0, CL, TimerKind.RETRANSMISSION, 1000),
                new SegmentDelivered(50, SV, 1, syn),
                new StateChanged(50, SV, State.LISTEN, State.SYN_RECEIVED, "received SYN"),
                new SegmentSent(50, SV, 2, synAck, false),
                new SegmentDelivered(100, CL, 2, synAck),
                new StateChanged(100, CL, State.SYN_SENT, State.ESTABLISHED, "received SYN,ACK"),
                new TimerCancelled(100, CL, TimerKind.RETRANSMISSION),
                new SegmentSent(100, CL, 3, ack, false),
                new CallMade(120, CL, AppCall.Send.text("hi \"there\""), CallResult.OK),
                new SegmentSent(120, CL, 4, data, false),
                new SegmentDropped(145, CL, 4, "random loss"),
                new SegmentDuplicated(125, CL, 3, 5, ack, "dup rule"),
                new SegmentDelivered(150, SV, 3, ack),
                new StateChanged(150, SV, State.SYN_RECEIVED, State.ESTABLISHED, "received ACK of our SYN"),
                new SegmentDelivered(175, SV, 5, ack),
                new SegmentDiscarded(175, SV, 5, DiscardReason.DUPLICATE, "old \\ duplicate"),
                new DataDelivered(200, SV, "한국어".getBytes(StandardCharsets.UTF_8)),
                new DataDelivered(210, SV, new byte[] {0, 1, (byte) 0xFF}),
                new CallMade(300, CL, new AppCall.Close(), CallResult.error("connection closing")),
                new Notified(310, CL, "connection reset"),
                new SegmentSent(400, CL, 6, syn2, false),
                new SegmentSent(401, CL, 7, syn2, true),
                new SegmentSent(450, SV, 8, rst, false),
                new TimerFired(500, CL, TimerKind.TIME_WAIT),
                new BoundReached(600, "max time")), 1000, 5000);
    }
}
