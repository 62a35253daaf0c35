package org.handshakelab.app.lanes;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.playback.SegmentLife;
import org.handshakelab.model.playback.TimerSpan;
import org.handshakelab.model.playback.TraceIndex;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Segment;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;

/**
 * What the diagram derives once per trace (never per frame): the times that shape the time axis,
 * each arrow's kind and vertical slot, and the state changes in time order.
 */
final class DiagramData {
    /** Segments one side sends at the same millisecond are drawn this far apart, in slot order. */
    static final double SLOT_PX = 20;

    final Playback playback;
    final TraceIndex index;
    /**
     * More segments than {@link LanesDiagram#PAGE_TURN_SEGMENTS}: a bulk transfer or a capture. Such a
     * trace is drawn for its cost: following playback turns pages, landed arrows are painted on a
     * canvas, shallow arrows' labels are level and tracks in flight solid (see ArrowLayer, ArrowNode).
     */
    final boolean longTrace;
    final long[] activityTimes;
    final String[] kindClass;
    final int[] slot;
    // state changes, in trace order
    final int[] stateIndex;
    final long[] stateTime;
    final Side[] stateSide;
    final String[] stateText;
    final int[] stateStack;

    DiagramData(Playback playback) {
        this.playback = playback;
        this.index = playback.index();
        this.longTrace = index.segments().size() > LanesDiagram.PAGE_TURN_SEGMENTS;
        Trace trace = playback.trace();
        List<SegmentLife> segments = index.segments();

        List<Long> times = new ArrayList<>(trace.size() + 2);
        times.add(0L);
        for (TraceEvent e : trace.events()) {
            times.add(e.time());
        }
        for (SegmentLife s : segments) {
            if (s.fate() == SegmentLife.Fate.UNFINISHED) {
                times.add(s.endsAt());
            }
        }
        for (TimerSpan t : index.timers()) {
            if (t.ending() == TimerSpan.Ending.UNFINISHED) {
                times.add(t.expiresAt());
            }
        }
        activityTimes = times.stream().mapToLong(Long::longValue).toArray();

        kindClass = new String[segments.size()];
        slot = new int[segments.size()];
        for (int k = 0; k < segments.size(); k++) {
            SegmentLife s = segments.get(k);
            kindClass[k] = kindClass(s.segment());
            if (k > 0 && segments.get(k - 1).sender() == s.sender() && segments.get(k - 1).sentAt() == s.sentAt()) {
                slot[k] = slot[k - 1] + 1;
            }
        }

        List<Integer> changes = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i) instanceof TraceEvent.StateChanged) {
                changes.add(i);
            }
        }
        int n = changes.size();
        stateIndex = new int[n];
        stateTime = new long[n];
        stateSide = new Side[n];
        stateText = new String[n];
        stateStack = new int[n];
        for (int j = 0; j < n; j++) {
            TraceEvent.StateChanged sc = (TraceEvent.StateChanged) trace.get(changes.get(j));
            stateIndex[j] = changes.get(j);
            stateTime[j] = sc.time();
            stateSide[j] = sc.side();
            stateText[j] = "→ " + sc.to().name();
            // a second change of the same side at the same moment is written below the first
            for (int p = j - 1; p >= 0 && stateTime[p] == sc.time(); p--) {
                if (stateSide[p] == sc.side()) {
                    stateStack[j] = stateStack[p] + 1;
                    break;
                }
            }
        }
    }

    /** The style class for a segment's kind: what it is mainly about, in this order of precedence. */
    static String kindClass(Segment s) {
        if (s.has(Flags.RST)) {
            return "arrow-rst";
        }
        if (s.has(Flags.SYN)) {
            return "arrow-syn";
        }
        if (s.has(Flags.FIN)) {
            return "arrow-fin";
        }
        if (s.dataLength() > 0) {
            return "arrow-data";
        }
        return "arrow-ack";
    }

    /** The first state change at or after time {@code t}. */
    int firstStateChangeAtOrAfter(long t) {
        int lo = 0;
        int hi = stateTime.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (stateTime[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
