package org.handshakelab.model.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Seq;

/**
 * Writes a {@link Trace} as JSON Lines: one JSON object per event, in trace order, each line ended
 * by {@code \n}, UTF-8. Written by hand (the model has no JSON library); keys always appear in the
 * order below, so equal traces give equal bytes. The same table is in {@code docs/trace-jsonl.md}.
 *
 * <table>
 * <caption>Fields by kind (every line has {@code t}, virtual ms, and {@code kind})</caption>
 * <tr><th>kind</th><th>fields</th></tr>
 * <tr><td>(all but bound)</td><td>{@code endpoint}: "client" or "server" — the caller, sender, receiver or timer owner</td></tr>
 * <tr><td>call</td><td>{@code call} (listen, connect, send, close, abort), {@code ok}, {@code error} if not ok,
 *     {@code isn} for listen/connect with a fixed ISN, {@code len}/{@code encoding}/{@code data} for send</td></tr>
 * <tr><td>notified</td><td>{@code message}</td></tr>
 * <tr><td>segment-sent</td><td>{@code id}, segment fields (below), {@code retransmission}</td></tr>
 * <tr><td>segment-delivered</td><td>{@code id}, segment fields; {@code endpoint} is the receiver</td></tr>
 * <tr><td>segment-dropped</td><td>{@code id}, {@code cause}; {@code endpoint} is the sender</td></tr>
 * <tr><td>segment-duplicated</td><td>{@code id} (the copy), {@code original}, {@code cause}, segment fields</td></tr>
 * <tr><td>segment-discarded</td><td>{@code id}, {@code reason} (DiscardReason name), {@code detail}</td></tr>
 * <tr><td>state</td><td>{@code from}, {@code to} (State names, e.g. SYN_SENT), {@code cause}</td></tr>
 * <tr><td>timer-set</td><td>{@code timer} (TimerKind name), {@code expiresAt} (virtual ms)</td></tr>
 * <tr><td>timer-cancelled, timer-fired</td><td>{@code timer}</td></tr>
 * <tr><td>data</td><td>{@code len}, {@code encoding} ("text" or "hex"), {@code data}</td></tr>
 * <tr><td>bound</td><td>{@code bound} ("max events", "max time"); no endpoint</td></tr>
 * </table>
 *
 * <p>Segment fields: {@code flags} (array, e.g. ["SYN","ACK"]), {@code srcPort}, {@code dstPort},
 * {@code seq} and {@code ack} (absolute, unsigned), {@code len} = data bytes carried (Wireshark's
 * tcp.len, <em>not</em> SEG.LEN), {@code seglen} = SEG.LEN of RFC 9293 §3.4 (data plus one each
 * for SYN and FIN), {@code win}, {@code rseq} (if the sender's ISN is known) and {@code rack} (if
 * ACK is set and the receiver's ISN is known) as computed by {@link RelativeNumbers}, and, when
 * {@code len > 0}, {@code encoding} and {@code data}: the payload as text when it is printable UTF-8,
 * else as lower-case hex.
 */
public final class TraceJsonl {
    private TraceJsonl() {
    }

    /** The whole trace as JSON Lines text. */
    public static String toString(Trace trace) {
        StringBuilder out = new StringBuilder(trace.size() * 120);
        RelativeNumbers rel = RelativeNumbers.of(trace);
        for (TraceEvent e : trace.events()) {
            appendLine(out, e, rel);
        }
        return out.toString();
    }

    /** Writes the trace to {@code out} (which should encode UTF-8); does not close it. */
    public static void write(Trace trace, Writer out) throws IOException {
        RelativeNumbers rel = RelativeNumbers.of(trace);
        StringBuilder line = new StringBuilder(256);
        for (TraceEvent e : trace.events()) {
            line.setLength(0);
            appendLine(line, e, rel);
            out.append(line);
        }
        out.flush();
    }

    /** The JSON object of one event, without the line end. */
    public static String line(TraceEvent event, RelativeNumbers rel) {
        StringBuilder out = new StringBuilder(160);
        appendLine(out, event, rel);
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** The name of an event's kind as written in {@code kind}. */
    public static String kind(TraceEvent event) {
        if (event instanceof TraceEvent.CallMade) {
            return "call";
        } else if (event instanceof TraceEvent.Notified) {
            return "notified";
        } else if (event instanceof TraceEvent.SegmentSent) {
            return "segment-sent";
        } else if (event instanceof TraceEvent.SegmentDelivered) {
            return "segment-delivered";
        } else if (event instanceof TraceEvent.SegmentDropped) {
            return "segment-dropped";
        } else if (event instanceof TraceEvent.SegmentDuplicated) {
            return "segment-duplicated";
        } else if (event instanceof TraceEvent.SegmentDiscarded) {
            return "segment-discarded";
        } else if (event instanceof TraceEvent.StateChanged) {
            return "state";
        } else if (event instanceof TraceEvent.TimerSet) {
            return "timer-set";
        } else if (event instanceof TraceEvent.TimerCancelled) {
            return "timer-cancelled";
        } else if (event instanceof TraceEvent.TimerFired) {
            return "timer-fired";
        } else if (event instanceof TraceEvent.DataDelivered) {
            return "data";
        } else {
            return "bound";
        }
    }

    private static void appendLine(StringBuilder out, TraceEvent e, RelativeNumbers rel) {
        Obj o = new Obj(out);
        o.num("t", e.time());
        o.str("kind", kind(e));
        if (e.side() != null) {
            o.str("endpoint", e.side().wireName());
        }
        if (e instanceof TraceEvent.CallMade c) {
            o.str("call", c.call().name());
            o.bool("ok", c.result().ok());
            if (!c.result().ok()) {
                o.str("error", String.valueOf(c.result().error()));
            }
            if (c.call() instanceof AppCall.Listen l && l.isn() != null) {
                o.num("isn", l.isn());
            } else if (c.call() instanceof AppCall.Connect k && k.isn() != null) {
                o.num("isn", k.isn());
            } else if (c.call() instanceof AppCall.Send s) {
                o.num("len", s.length());
                o.data(s.data());
            }
        } else if (e instanceof TraceEvent.Notified n) {
            o.str("message", n.message());
        } else if (e instanceof TraceEvent.SegmentSent s) {
            o.num("id", s.id());
            segment(o, s.segment(), rel.get(s.id()));
            o.bool("retransmission", s.retransmission());
        } else if (e instanceof TraceEvent.SegmentDelivered d) {
            o.num("id", d.id());
            segment(o, d.segment(), rel.get(d.id()));
        } else if (e instanceof TraceEvent.SegmentDropped d) {
            o.num("id", d.id());
            o.str("cause", d.cause());
        } else if (e instanceof TraceEvent.SegmentDuplicated d) {
            o.num("id", d.copyId());
            o.num("original", d.originalId());
            o.str("cause", d.cause());
            segment(o, d.segment(), rel.get(d.copyId()));
        } else if (e instanceof TraceEvent.SegmentDiscarded d) {
            o.num("id", d.id());
            o.str("reason", d.reason() == null ? null : d.reason().name());
            o.str("detail", d.detail());
        } else if (e instanceof TraceEvent.StateChanged s) {
            o.str("from", s.from().name());
            o.str("to", s.to().name());
            o.str("cause", s.cause());
        } else if (e instanceof TraceEvent.TimerSet t) {
            o.str("timer", t.kind().name());
            o.num("expiresAt", t.expiresAt());
        } else if (e instanceof TraceEvent.TimerCancelled t) {
            o.str("timer", t.kind().name());
        } else if (e instanceof TraceEvent.TimerFired t) {
            o.str("timer", t.kind().name());
        } else if (e instanceof TraceEvent.DataDelivered d) {
            o.num("len", d.length());
            o.data(d.data());
        } else if (e instanceof TraceEvent.BoundReached b) {
            o.str("bound", b.bound());
        }
        out.append("}\n");
    }

    private static void segment(Obj o, Segment s, RelativeNumbers.Relative r) {
        o.strArray("flags", Flags.names(s.flags()));
        o.num("srcPort", s.srcPort());
        o.num("dstPort", s.dstPort());
        o.num("seq", Seq.unsigned(s.seq()));
        o.num("ack", Seq.unsigned(s.ack()));
        o.num("len", s.dataLength());
        o.num("seglen", s.len());
        o.num("win", s.window());
        if (r != null && r.seqRelative()) {
            o.num("rseq", r.rseq());
        }
        if (r != null && r.hasAck() && r.ackRelative()) {
            o.num("rack", r.rack());
        }
        if (s.dataLength() > 0) {
            o.data(s.payloadCopy());
        }
    }

    /** Appends the members of one object; the caller closes it. */
    private static final class Obj {
        private final StringBuilder out;
        private boolean first = true;

        Obj(StringBuilder out) {
            this.out = out;
            out.append('{');
        }

        private StringBuilder key(String k) {
            if (!first) {
                out.append(',');
            }
            first = false;
            return JsonText.quote(out, k).append(':');
        }

        void str(String k, String v) {
            if (v == null) {
                key(k).append("null");
            } else {
                JsonText.quote(key(k), v);
            }
        }

        void num(String k, long v) {
            key(k).append(v);
        }

        void bool(String k, boolean v) {
            key(k).append(v);
        }

        void strArray(String k, List<String> values) {
            key(k).append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonText.quote(out, values.get(i));
            }
            out.append(']');
        }

        void data(byte[] bytes) {
            String text = JsonText.printableText(bytes);
            str("encoding", text != null ? "text" : "hex");
            str("data", text != null ? text : JsonText.hex(bytes));
        }
    }
}
