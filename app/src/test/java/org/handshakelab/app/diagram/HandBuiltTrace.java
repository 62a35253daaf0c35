package org.handshakelab.app.diagram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.CallResult;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * A trace written by hand after tcp-reference.md scenarios 1 and 6 (three-way handshake, "GET /",
 * four-way close by the client), with the default endpoints: client 10.0.0.1:49152 ISN 1000,
 * server 10.0.0.2:80 ISN 5000, 10 ms one way.
 */
public final class HandBuiltTrace {
    public static final int CLIENT_PORT = 49_152;
    public static final int SERVER_PORT = 80;
    public static final long CLIENT_ISN = 1000;
    public static final long SERVER_ISN = 5000;

    private final List<TraceEvent> events = new ArrayList<>();
    private int nextId = 1;

    private HandBuiltTrace() {
    }

    public static Trace handshakeDataAndClose() {
        HandBuiltTrace b = new HandBuiltTrace();
        int x = (int) CLIENT_ISN;
        int y = (int) SERVER_ISN;
        byte[] get = "GET /".getBytes(StandardCharsets.US_ASCII);
        b.call(0, Side.SERVER, new AppCall.Listen((long) y));
        b.change(0, Side.SERVER, State.CLOSED, State.LISTEN, "passive OPEN (listen)");
        b.call(0, Side.CLIENT, new AppCall.Connect((long) x));
        b.change(0, Side.CLIENT, State.CLOSED, State.SYN_SENT, "active OPEN (connect): sent SYN");
        b.send(0, Side.CLIENT, x, 0, Flags.SYN, null);                                   // id 1
        b.change(10, Side.SERVER, State.LISTEN, State.SYN_RECEIVED, "received SYN; sent SYN,ACK");
        b.send(10, Side.SERVER, y, x + 1, Flags.SYN | Flags.ACK, null);                  // id 2
        b.change(20, Side.CLIENT, State.SYN_SENT, State.ESTABLISHED, "received SYN,ACK acknowledging our SYN");
        b.send(20, Side.CLIENT, x + 1, y + 1, Flags.ACK, null);                          // id 3
        b.change(30, Side.SERVER, State.SYN_RECEIVED, State.ESTABLISHED, "received ACK of our SYN");
        b.send(40, Side.CLIENT, x + 1, y + 1, Flags.ACK | Flags.PSH, get);               // id 4
        b.send(50, Side.SERVER, y + 1, x + 1 + get.length, Flags.ACK, null);             // id 5
        b.call(60, Side.CLIENT, new AppCall.Close());
        b.change(60, Side.CLIENT, State.ESTABLISHED, State.FIN_WAIT_1, "CLOSE: sent FIN");
        b.send(60, Side.CLIENT, x + 1 + get.length, y + 1, Flags.FIN | Flags.ACK, null); // id 6
        b.change(70, Side.SERVER, State.ESTABLISHED, State.CLOSE_WAIT, "received FIN");
        b.send(70, Side.SERVER, y + 1, x + 2 + get.length, Flags.ACK, null);             // id 7
        b.change(80, Side.CLIENT, State.FIN_WAIT_1, State.FIN_WAIT_2, "received ACK of our FIN");
        b.call(90, Side.SERVER, new AppCall.Close());
        b.change(90, Side.SERVER, State.CLOSE_WAIT, State.LAST_ACK, "CLOSE: sent FIN");
        b.send(90, Side.SERVER, y + 1, x + 2 + get.length, Flags.FIN | Flags.ACK, null); // id 8
        b.change(100, Side.CLIENT, State.FIN_WAIT_2, State.TIME_WAIT, "received FIN; sent ACK");
        b.send(100, Side.CLIENT, x + 2 + get.length, y + 2, Flags.ACK, null);            // id 9
        b.change(110, Side.SERVER, State.LAST_ACK, State.CLOSED, "received ACK of our FIN");
        b.change(240_100, Side.CLIENT, State.TIME_WAIT, State.CLOSED, "2MSL timer expired");
        return new Trace(b.events, CLIENT_ISN, SERVER_ISN);
    }

    /** The index of the first StateChanged of {@code side} into {@code to}; fails if there is none. */
    public static int indexOfChange(Trace trace, Side side, State to) {
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i) instanceof TraceEvent.StateChanged sc && sc.side() == side && sc.to() == to) {
                return i;
            }
        }
        throw new IllegalArgumentException("no change of " + side + " to " + to);
    }

    private void call(long t, Side side, AppCall call) {
        events.add(new TraceEvent.CallMade(t, side, call, CallResult.OK));
    }

    private void change(long t, Side side, State from, State to, String cause) {
        events.add(new TraceEvent.StateChanged(t, side, from, to, cause));
    }

    private void send(long t, Side side, int seq, int ack, int flags, byte[] payload) {
        int src = side == Side.CLIENT ? CLIENT_PORT : SERVER_PORT;
        int dst = side == Side.CLIENT ? SERVER_PORT : CLIENT_PORT;
        Segment s = new Segment(src, dst, seq, ack, flags, 65_535, payload);
        int id = nextId++;
        events.add(new TraceEvent.SegmentSent(t, side, id, s, false));
        events.add(new TraceEvent.SegmentDelivered(t + 10, side.peer(), id, s));
    }
}
