package org.handshakelab.lessons.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.CallResult;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/** Builds traces by hand, for testing anchors and expectations without the TCP model. */
public final class TraceBuilder {
    private final List<TraceEvent> events = new ArrayList<>();
    private final Map<Side, State> states = new HashMap<>(Map.of(Side.CLIENT, State.CLOSED, Side.SERVER, State.CLOSED));
    private final Map<Integer, Segment> segments = new HashMap<>();
    private int nextId = 1;

    public TraceBuilder call(long t, Side side, AppCall call) {
        events.add(new TraceEvent.CallMade(t, side, call, CallResult.OK));
        return this;
    }

    public TraceBuilder state(long t, Side side, State to) {
        events.add(new TraceEvent.StateChanged(t, side, states.get(side), to, "test"));
        states.put(side, to);
        return this;
    }

    /** Sends a segment; returns this, and the id is the count of segments so far. */
    public int send(long t, Side side, int flags, String payload) {
        int id = nextId++;
        Segment s = new Segment(side == Side.CLIENT ? 49152 : 80, side == Side.CLIENT ? 80 : 49152, 0, 0, flags,
                65535, payload.getBytes(StandardCharsets.UTF_8));
        segments.put(id, s);
        events.add(new TraceEvent.SegmentSent(t, side, id, s, false));
        return id;
    }

    public TraceBuilder deliver(long t, Side receiver, int id) {
        events.add(new TraceEvent.SegmentDelivered(t, receiver, id, segments.get(id)));
        return this;
    }

    public TraceBuilder drop(long t, Side sender, int id) {
        events.add(new TraceEvent.SegmentDropped(t, sender, id, "test"));
        return this;
    }

    public TraceBuilder data(long t, Side side, String text) {
        events.add(new TraceEvent.DataDelivered(t, side, text.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public TraceBuilder notified(long t, Side side, String message) {
        events.add(new TraceEvent.Notified(t, side, message));
        return this;
    }

    public TraceBuilder timerSet(long t, Side side, TimerKind kind, long expires) {
        events.add(new TraceEvent.TimerSet(t, side, kind, expires));
        return this;
    }

    public TraceBuilder timerFired(long t, Side side, TimerKind kind) {
        events.add(new TraceEvent.TimerFired(t, side, kind));
        return this;
    }

    public Trace build() {
        return new Trace(events, 1000, 5000);
    }

    /**
     * The run of {@code valid/handshake.json} as RFC 9293 has it (latency 50 ms each way): handshake,
     * "GET /" at 210 ms, the client closes at 1200 ms, four-segment close, TIME-WAIT of 240 s.
     */
    public static Trace handshakeAndClose() {
        Side c = Side.CLIENT;
        Side s = Side.SERVER;
        TraceBuilder b = new TraceBuilder();
        b.call(0, s, new AppCall.Listen(null)).state(0, s, State.LISTEN);
        b.call(100, c, new AppCall.Connect(null)).state(100, c, State.SYN_SENT);
        int syn = b.send(100, c, Flags.SYN, "");
        b.deliver(150, s, syn).state(150, s, State.SYN_RECEIVED);
        int synAck = b.send(150, s, Flags.SYN | Flags.ACK, "");
        b.deliver(200, c, synAck).state(200, c, State.ESTABLISHED);
        int ack = b.send(200, c, Flags.ACK, "");
        b.call(210, c, AppCall.Send.text("GET /"));
        int get = b.send(210, c, Flags.PSH | Flags.ACK, "GET /");
        b.deliver(250, s, ack).state(250, s, State.ESTABLISHED);
        b.deliver(260, s, get).data(260, s, "GET /");
        int getAck = b.send(260, s, Flags.ACK, "");
        b.deliver(310, c, getAck);
        b.call(1200, c, new AppCall.Close()).state(1200, c, State.FIN_WAIT_1);
        int fin = b.send(1200, c, Flags.FIN | Flags.ACK, "");
        b.deliver(1250, s, fin).state(1250, s, State.CLOSE_WAIT).notified(1250, s, "connection closing");
        int finAck = b.send(1250, s, Flags.ACK, "");
        b.call(1250, s, new AppCall.Close()).state(1250, s, State.LAST_ACK);
        int serverFin = b.send(1250, s, Flags.FIN | Flags.ACK, "");
        b.deliver(1300, c, finAck).state(1300, c, State.FIN_WAIT_2);
        b.deliver(1300, c, serverFin).state(1300, c, State.TIME_WAIT);
        int lastAck = b.send(1300, c, Flags.ACK, "");
        b.timerSet(1300, c, TimerKind.TIME_WAIT, 241_300);
        b.deliver(1350, s, lastAck).state(1350, s, State.CLOSED);
        b.timerFired(241_300, c, TimerKind.TIME_WAIT).state(241_300, c, State.CLOSED);
        return b.build();
    }
}
