package org.handshakelab.model.trace;

import java.util.Locale;
import org.handshakelab.model.tcp.AppCall;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Seq;

/**
 * A readable one-line-per-event rendering of a trace (for {@code trace --format text}), e.g.
 * <pre>
 *    100 ms  client -> server  #1 SYN seq=0 (rel) len=0
 *    150 ms  server <- client  #1 SYN arrives
 *    150 ms  server  LISTEN -> SYN_RECEIVED (received SYN)
 * </pre>
 * Sequence numbers are relative ({@link RelativeNumbers}) when the ISNs are known, marked
 * {@code (rel)}; otherwise absolute, marked {@code (abs)}. {@code len} is the data length.
 */
public final class TraceText {
    private TraceText() {
    }

    public static String toString(Trace trace) {
        RelativeNumbers rel = RelativeNumbers.of(trace);
        StringBuilder out = new StringBuilder(trace.size() * 60);
        for (TraceEvent e : trace.events()) {
            out.append(line(e, rel)).append('\n');
        }
        return out.toString();
    }

    /** One event's line, without the line end. */
    public static String line(TraceEvent e, RelativeNumbers rel) {
        StringBuilder b = new StringBuilder(80);
        b.append(String.format(Locale.ROOT, "%6d ms  ", e.time()));
        String who = e.side() == null ? "" : e.side().wireName();
        String peer = e.side() == null ? "" : e.side().peer().wireName();
        if (e instanceof TraceEvent.CallMade c) {
            b.append(who).append("  ").append(c.call().name()).append("()");
            if (c.call() instanceof AppCall.Send s) {
                b.append(' ').append(s.length()).append(" bytes");
            }
            b.append(" -> ").append(c.result());
        } else if (e instanceof TraceEvent.Notified n) {
            b.append(who).append("  notified: ").append(n.message());
        } else if (e instanceof TraceEvent.SegmentSent s) {
            b.append(who).append(" -> ").append(peer).append("  #").append(s.id()).append(' ');
            segment(b, s.segment(), rel.get(s.id()));
            if (s.retransmission()) {
                b.append(" [retransmission]");
            }
        } else if (e instanceof TraceEvent.SegmentDelivered d) {
            b.append(who).append(" <- ").append(peer).append("  #").append(d.id()).append(' ')
                    .append(Flags.label(d.segment().flags())).append(" arrives");
        } else if (e instanceof TraceEvent.SegmentDropped d) {
            b.append(who).append(" -> ").append(peer).append("  #").append(d.id()).append(" lost (")
                    .append(d.cause()).append(')');
        } else if (e instanceof TraceEvent.SegmentDuplicated d) {
            b.append(who).append(" -> ").append(peer).append("  #").append(d.copyId()).append(" duplicate of #")
                    .append(d.originalId()).append(" (").append(d.cause()).append(')');
        } else if (e instanceof TraceEvent.SegmentDiscarded d) {
            b.append(who).append("  discards #").append(d.id()).append(": ").append(d.reason());
            if (d.detail() != null && !d.detail().isEmpty()) {
                b.append(" (").append(d.detail()).append(')');
            }
        } else if (e instanceof TraceEvent.StateChanged s) {
            b.append(who).append("  ").append(s.from().name()).append(" -> ").append(s.to().name())
                    .append(" (").append(s.cause()).append(')');
        } else if (e instanceof TraceEvent.TimerSet t) {
            b.append(who).append("  timer ").append(t.kind().name()).append(" set, expires at ")
                    .append(t.expiresAt()).append(" ms");
        } else if (e instanceof TraceEvent.TimerCancelled t) {
            b.append(who).append("  timer ").append(t.kind().name()).append(" cancelled");
        } else if (e instanceof TraceEvent.TimerFired t) {
            b.append(who).append("  timer ").append(t.kind().name()).append(" fired");
        } else if (e instanceof TraceEvent.DataDelivered d) {
            byte[] data = d.data();
            String text = JsonText.printableText(data);
            b.append(who).append("  data ").append(data.length).append(" bytes: ")
                    .append(text != null ? JsonText.quote(text) : "0x" + JsonText.hex(data));
        } else if (e instanceof TraceEvent.BoundReached r) {
            b.append("stopped: ").append(r.bound()).append(" reached");
        }
        return b.toString();
    }

    private static void segment(StringBuilder b, Segment s, RelativeNumbers.Relative r) {
        b.append(Flags.label(s.flags()));
        boolean relative = r != null && r.seqRelative() && (!s.has(Flags.ACK) || r.ackRelative());
        b.append(" seq=").append(relative ? r.rseq() : Seq.unsigned(s.seq()));
        if (s.has(Flags.ACK)) {
            b.append(" ack=").append(relative ? r.rack() : Seq.unsigned(s.ack()));
        }
        b.append(relative ? " (rel)" : " (abs)");
        b.append(" len=").append(s.dataLength());
    }
}
