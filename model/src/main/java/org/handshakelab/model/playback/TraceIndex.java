package org.handshakelab.model.playback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.handshakelab.model.tcp.DiscardReason;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.tcp.TimerKind;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * What a playback needs to jump to any point of a trace without replaying it: each side's state
 * after every event, every segment's life and every timer's run, with interval indexes for "what
 * is alive at event i". Built once in O(n); immutable, so it can be shared between threads.
 */
public final class TraceIndex {
    /** Used when a direction never delivers a segment and one is still on the wire at the end. */
    static final long FALLBACK_LATENCY_MS = 50;

    private final long[] times;
    private final byte[] clientStates;
    private final byte[] serverStates;
    private final List<SegmentLife> segments;
    private final int[] segmentSentIndex;
    private final List<TimerSpan> timers;
    private final int[] timerSetIndex;
    private final IntervalIndex segmentsAlive;
    private final IntervalIndex timersAlive;

    public TraceIndex(Trace trace) {
        int n = trace.size();
        times = new long[n];
        clientStates = new byte[n];
        serverStates = new byte[n];
        State client = State.CLOSED;
        State server = State.CLOSED;
        List<SegmentBuilder> built = new ArrayList<>();
        Map<Integer, SegmentBuilder> byId = new HashMap<>();
        List<TimerSpan> spans = new ArrayList<>();
        Map<Side, Map<TimerKind, TraceEvent.TimerSet>> open = new EnumMap<>(Side.class);
        Map<Side, Map<TimerKind, Integer>> openIndex = new EnumMap<>(Side.class);
        for (Side s : Side.values()) {
            open.put(s, new EnumMap<>(TimerKind.class));
            openIndex.put(s, new EnumMap<>(TimerKind.class));
        }
        for (int i = 0; i < n; i++) {
            TraceEvent e = trace.get(i);
            times[i] = e.time();
            if (e instanceof TraceEvent.StateChanged sc) {
                if (sc.side() == Side.CLIENT) {
                    client = sc.to();
                } else {
                    server = sc.to();
                }
            } else if (e instanceof TraceEvent.SegmentSent ss) {
                SegmentBuilder b = new SegmentBuilder(ss.id(), ss.side(), ss.segment(), i, ss.time(),
                        ss.retransmission(), false, null);
                built.add(b);
                byId.put(ss.id(), b);
            } else if (e instanceof TraceEvent.SegmentDuplicated sd) {
                SegmentBuilder b = new SegmentBuilder(sd.copyId(), sd.side(), sd.segment(), i, sd.time(),
                        false, true, sd.cause());
                built.add(b);
                byId.put(sd.copyId(), b);
            } else if (e instanceof TraceEvent.SegmentDelivered sd) {
                SegmentBuilder b = byId.get(sd.id());
                if (b != null && b.fate == null) {
                    b.end(i, sd.time(), SegmentLife.Fate.DELIVERED);
                }
            } else if (e instanceof TraceEvent.SegmentDropped sd) {
                SegmentBuilder b = byId.get(sd.id());
                if (b != null && b.fate == null) {
                    b.end(i, sd.time(), SegmentLife.Fate.DROPPED);
                    b.note = sd.cause();
                }
            } else if (e instanceof TraceEvent.SegmentDiscarded sd) {
                SegmentBuilder b = byId.get(sd.id());
                if (b != null && b.discardIndex < 0) {
                    b.discardIndex = i;
                    b.discardReason = sd.reason();
                    b.note = sd.detail();
                }
            } else if (e instanceof TraceEvent.TimerSet ts) {
                closeTimer(spans, open, openIndex, ts.side(), ts.kind(), i, ts.time(), TimerSpan.Ending.RESTARTED);
                open.get(ts.side()).put(ts.kind(), ts);
                openIndex.get(ts.side()).put(ts.kind(), i);
            } else if (e instanceof TraceEvent.TimerFired tf) {
                closeTimer(spans, open, openIndex, tf.side(), tf.kind(), i, tf.time(), TimerSpan.Ending.FIRED);
            } else if (e instanceof TraceEvent.TimerCancelled tc) {
                closeTimer(spans, open, openIndex, tc.side(), tc.kind(), i, tc.time(), TimerSpan.Ending.CANCELLED);
            }
            clientStates[i] = (byte) client.ordinal();
            serverStates[i] = (byte) server.ordinal();
        }
        for (Side s : Side.values()) {
            for (TimerKind k : TimerKind.values()) {
                TraceEvent.TimerSet ts = open.get(s).get(k);
                if (ts != null) {
                    spans.add(new TimerSpan(s, k, openIndex.get(s).get(k), ts.time(), ts.expiresAt(), n,
                            ts.expiresAt(), TimerSpan.Ending.UNFINISHED));
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a.setIndex(), b.setIndex()));
        timers = Collections.unmodifiableList(spans);

        long[] latency = typicalLatency(built);
        List<SegmentLife> lives = new ArrayList<>(built.size());
        for (SegmentBuilder b : built) {
            lives.add(b.build(n, latency[b.sender.ordinal()]));
        }
        segments = Collections.unmodifiableList(lives);

        segmentSentIndex = new int[segments.size()];
        int[] segmentEnd = new int[segments.size()];
        for (int k = 0; k < segments.size(); k++) {
            segmentSentIndex[k] = segments.get(k).sentIndex();
            segmentEnd[k] = segments.get(k).endIndex();
        }
        segmentsAlive = new IntervalIndex(segmentSentIndex, segmentEnd, n);
        int[] timerStart = new int[timers.size()];
        timerSetIndex = timerStart;
        int[] timerEnd = new int[timers.size()];
        for (int k = 0; k < timers.size(); k++) {
            timerStart[k] = timers.get(k).setIndex();
            timerEnd[k] = timers.get(k).endIndex();
        }
        timersAlive = new IntervalIndex(timerStart, timerEnd, n);
    }

    private static void closeTimer(List<TimerSpan> spans, Map<Side, Map<TimerKind, TraceEvent.TimerSet>> open,
                                   Map<Side, Map<TimerKind, Integer>> openIndex, Side side, TimerKind kind,
                                   int index, long time, TimerSpan.Ending ending) {
        TraceEvent.TimerSet ts = open.get(side).remove(kind);
        if (ts != null) {
            spans.add(new TimerSpan(side, kind, openIndex.get(side).remove(kind), ts.time(), ts.expiresAt(),
                    index, time, ending));
        }
    }

    /** The one-way latency of the first delivered segment in each direction (by sender ordinal). */
    private static long[] typicalLatency(List<SegmentBuilder> built) {
        long[] latency = {-1, -1};
        for (SegmentBuilder b : built) {
            int s = b.sender.ordinal();
            if (latency[s] < 0 && b.fate == SegmentLife.Fate.DELIVERED && !b.duplicate) {
                latency[s] = b.endsAt - b.sentAt;
            }
        }
        for (int s = 0; s < 2; s++) {
            if (latency[s] < 0) {
                latency[s] = FALLBACK_LATENCY_MS;
            }
        }
        return latency;
    }

    public int size() {
        return times.length;
    }

    public long time(int index) {
        return times[index];
    }

    /** The index of the last event with time at most {@code t}, or -1. */
    public int lastIndexAtOrBefore(long t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** {@code side}'s state after the events up to {@code index} (CLOSED for -1). */
    public State state(Side side, int index) {
        if (index < 0) {
            return State.CLOSED;
        }
        byte[] states = side == Side.CLIENT ? clientStates : serverStates;
        return STATES[states[index]];
    }

    private static final State[] STATES = State.values();

    /** Every segment in the order it was put on the wire. */
    public List<SegmentLife> segments() {
        return segments;
    }

    /** How many segments have been sent by the events up to {@code index}: a prefix of {@link #segments()}. */
    public int segmentsSentBy(int index) {
        return countAtMost(segmentSentIndex, index);
    }

    /** How many timer runs have been started by the events up to {@code index}: a prefix of {@link #timers()}. */
    public int timersSetBy(int index) {
        return countAtMost(timerSetIndex, index);
    }

    private static int countAtMost(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Every timer run, in the order the timers were set. */
    public List<TimerSpan> timers() {
        return timers;
    }

    /** Calls {@code action} with the position in {@link #segments()} of each segment on the wire after event {@code index}. */
    public void forEachSegmentInFlight(int index, IntConsumer action) {
        segmentsAlive.forEachAlive(index, action);
    }

    /** Calls {@code action} with the position in {@link #timers()} of each timer running after event {@code index}. */
    public void forEachTimerRunning(int index, IntConsumer action) {
        timersAlive.forEachAlive(index, action);
    }

    private static final class SegmentBuilder {
        final int id;
        final Side sender;
        final Segment segment;
        final int sentIndex;
        final long sentAt;
        final boolean retransmission;
        final boolean duplicate;
        String note;
        int endIndex = -1;
        long endsAt;
        SegmentLife.Fate fate;
        int discardIndex = -1;
        DiscardReason discardReason;

        SegmentBuilder(int id, Side sender, Segment segment, int sentIndex, long sentAt, boolean retransmission,
                       boolean duplicate, String note) {
            this.id = id;
            this.sender = sender;
            this.segment = segment;
            this.sentIndex = sentIndex;
            this.sentAt = sentAt;
            this.retransmission = retransmission;
            this.duplicate = duplicate;
            this.note = note;
        }

        void end(int index, long time, SegmentLife.Fate how) {
            endIndex = index;
            endsAt = time;
            fate = how;
        }

        SegmentLife build(int traceSize, long latency) {
            if (fate == null) {
                return new SegmentLife(id, sender, segment, sentIndex, sentAt, traceSize, sentAt + latency,
                        SegmentLife.Fate.UNFINISHED, retransmission, duplicate, discardIndex, discardReason, note);
            }
            return new SegmentLife(id, sender, segment, sentIndex, sentAt, endIndex, endsAt, fate, retransmission,
                    duplicate, discardIndex, discardReason, note);
        }
    }
}
