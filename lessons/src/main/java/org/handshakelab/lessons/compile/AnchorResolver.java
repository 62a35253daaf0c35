package org.handshakelab.lessons.compile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handshakelab.lessons.format.Anchor;
import org.handshakelab.lessons.format.LessonDocument;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * Resolves anchors (docs/lesson-format.md, "Anchors") to event indexes of a computed trace. The
 * start is index -1 (before the first event). An anchor that never happens resolves to a message
 * saying what was looked for.
 */
public final class AnchorResolver {

    /** An anchor's event index, or why there is none. */
    public record Resolution(int index, String failure) {
        public boolean found() {
            return failure == null;
        }
    }

    private final Trace trace;
    private final Map<String, Integer> stepEvents = new HashMap<>();
    /** Segment id to the segment and its sender, for events that carry only the id. */
    private final Map<Integer, Segment> segments = new HashMap<>();
    private final Map<Integer, Side> senders = new HashMap<>();

    public AnchorResolver(Trace trace, List<LessonDocument.Step> steps, int[] stepEventIndexes) {
        this.trace = trace;
        for (int s = 0; s < steps.size(); s++) {
            if (steps.get(s).id() != null) {
                stepEvents.put(steps.get(s).id(), stepEventIndexes[s]);
            }
        }
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.SegmentSent sent) {
                segments.put(sent.id(), sent.segment());
                senders.put(sent.id(), sent.side());
            } else if (e instanceof TraceEvent.SegmentDuplicated dup) {
                segments.put(dup.copyId(), dup.segment());
                senders.put(dup.copyId(), dup.side());
            }
        }
    }

    public Resolution resolve(Anchor anchor) {
        if (anchor instanceof Anchor.Start) {
            return new Resolution(-1, null);
        }
        if (anchor instanceof Anchor.End) {
            return new Resolution(trace.size() - 1, null);
        }
        if (anchor instanceof Anchor.AtTime at) {
            int index = -1;
            for (int i = 0; i < trace.size() && trace.get(i).time() <= at.timeMs(); i++) {
                index = i;
            }
            return new Resolution(index, null);
        }
        if (anchor instanceof Anchor.StepCall step) {
            Integer index = stepEvents.get(step.stepId());
            return index == null || index < 0
                    ? never("step \"" + step.stepId() + "\" never ran (its trigger never happened)")
                    : new Resolution(index, null);
        }
        if (anchor instanceof Anchor.EntersState st) {
            return nth(st.occurrence(), e -> e instanceof TraceEvent.StateChanged sc && sc.side() == st.side()
                    && sc.to() == st.state(), count -> count == 0
                    ? st.side().wireName() + " never entered " + st.state()
                    : st.side().wireName() + " entered " + st.state() + " " + times(count) + ", not "
                            + st.occurrence());
        }
        if (anchor instanceof Anchor.TimerAnchor t) {
            String verb = t.event().name().toLowerCase(java.util.Locale.ROOT);
            return nth(t.occurrence(), e -> t.side() == e.side() && switch (t.event()) {
                case SET -> e instanceof TraceEvent.TimerSet ts && ts.kind() == t.kind();
                case CANCELLED -> e instanceof TraceEvent.TimerCancelled tc && tc.kind() == t.kind();
                case FIRED -> e instanceof TraceEvent.TimerFired tf && tf.kind() == t.kind();
            }, count -> count == 0
                    ? "the " + t.side().wireName() + "'s " + t.kind() + " timer was never " + verb
                    : "the " + t.side().wireName() + "'s " + t.kind() + " timer was " + verb + " " + times(count)
                            + ", not " + t.occurrence());
        }
        if (anchor instanceof Anchor.Notified n) {
            return nth(1, e -> e instanceof TraceEvent.Notified nt && nt.side() == n.side()
                    && nt.message().equals(n.message()),
                    count -> n.side().wireName() + " was never told \"" + n.message() + "\"");
        }
        return segment((Anchor.SegmentEventAnchor) anchor);
    }

    private Resolution segment(Anchor.SegmentEventAnchor a) {
        String what = "segment " + (a.flags() == null ? "with data" : Flags.label(a.flags())) + " from "
                + a.from().wireName();
        String verb = a.event().name().toLowerCase(java.util.Locale.ROOT);
        return nth(a.nth(), e -> {
            Integer id = switch (a.event()) {
                case SENT -> e instanceof TraceEvent.SegmentSent s ? s.id() : null;
                case DELIVERED -> e instanceof TraceEvent.SegmentDelivered d ? d.id() : null;
                case DROPPED -> e instanceof TraceEvent.SegmentDropped d ? d.id() : null;
                case DISCARDED -> e instanceof TraceEvent.SegmentDiscarded d ? d.id() : null;
            };
            return id != null && senders.get(id) == a.from() && matches(segments.get(id), a.flags());
        }, count -> count == 0
                ? "no " + what + " was " + verb
                : "a " + what + " was " + verb + " " + times(count) + ", not " + a.nth());
    }

    private static boolean matches(Segment segment, Integer flags) {
        if (segment == null) {
            return false;
        }
        return flags == null ? segment.dataLength() > 0 : segment.flags() == flags;
    }

    private Resolution nth(int n, java.util.function.Predicate<TraceEvent> test,
                           java.util.function.IntFunction<String> failure) {
        int count = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (test.test(trace.get(i)) && ++count == n) {
                return new Resolution(i, null);
            }
        }
        return never(failure.apply(count));
    }

    private static Resolution never(String what) {
        return new Resolution(-2, "anchor never happens: " + what);
    }

    private static String times(int count) {
        return count == 1 ? "only once" : "only " + count + " times";
    }
}
