package org.handshakelab.model.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * Reads a trace the way the reference tables are written: every segment sent as
 * {@code "C>S FIN,ACK 1/1 len=0"} with relative numbers (seq minus the sender's ISN, ack minus the
 * receiver's ISN; absolute when that side never sent a SYN), suffixed {@code " rtx"} for a
 * retransmission and {@code " lost"} when the network dropped it; and each side's states in order.
 */
public final class TraceSummary {
    private TraceSummary() {
    }

    public static List<String> segments(Trace trace) {
        Set<Integer> lost = new HashSet<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.SegmentDropped d) {
                lost.add(d.id());
            }
        }
        List<String> out = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.SegmentSent s) {
                out.add(describe(trace, s.side(), s.segment()) + (s.retransmission() ? " rtx" : "")
                        + (lost.contains(s.id()) ? " lost" : ""));
            }
        }
        return out;
    }

    public static String describe(Trace trace, Side sender, Segment seg) {
        long senderIsn = sender == Side.CLIENT ? trace.clientIsn() : trace.serverIsn();
        long receiverIsn = sender == Side.CLIENT ? trace.serverIsn() : trace.clientIsn();
        String dir = sender == Side.CLIENT ? "C>S" : "S>C";
        long seq = relative(seg.seq(), senderIsn);
        String ack = seg.has(Flags.ACK) ? "/" + relative(seg.ack(), receiverIsn) : "";
        return dir + " " + Flags.label(seg.flags()) + " " + seq + ack + " len=" + seg.dataLength();
    }

    private static long relative(int value, long isn) {
        long v = Integer.toUnsignedLong(value);
        return isn < 0 ? v : (v - isn) & 0xFFFF_FFFFL;
    }

    /** The states {@code side} entered, in order. */
    public static List<State> states(Trace trace, Side side) {
        List<State> out = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.StateChanged c && c.side() == side) {
                out.add(c.to());
            }
        }
        return out;
    }

    /** When {@code side} entered {@code state} for the n-th time (1-based), or -1. */
    public static long timeEntered(Trace trace, Side side, State state, int n) {
        int seen = 0;
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.StateChanged c && c.side() == side && c.to() == state && ++seen == n) {
                return c.time();
            }
        }
        return -1;
    }

    /** Messages {@code side}'s application was told. */
    public static List<String> notifications(Trace trace, Side side) {
        List<String> out = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.Notified n && n.side() == side) {
                out.add(n.message());
            }
        }
        return out;
    }

    /** All bytes delivered to {@code side}'s application, in order. */
    public static byte[] received(Trace trace, Side side) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.DataDelivered d && d.side() == side) {
                out.writeBytes(d.data());
            }
        }
        return out.toByteArray();
    }
}
