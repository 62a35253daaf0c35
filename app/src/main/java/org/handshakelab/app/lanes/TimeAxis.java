package org.handshakelab.app.lanes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Maps virtual time (ms) to a vertical position (px), time running down. Long idle spans — gaps
 * between consecutive activity times longer than {@code idleThresholdMs} — are compressed to a
 * fixed height and reported as {@link Break}s, so a 240 s TIME-WAIT costs a few dozen pixels. Around
 * each break {@code marginMs} of real scale is kept on both sides, so what happens just before and
 * just after still reads with its true slopes. The mapping is continuous and strictly increasing,
 * hence invertible ({@link #time(double)}), which the view uses to find the visible time range.
 */
public final class TimeAxis {
    /**
     * Gaps longer than this are compressed. Well under the 1.5 s an animation would wait out: half
     * a second with nothing drawn (an open connection before the application closes it, or a 1 s
     * RTO) is most of a projected screen of blank lane at the default scale, and it pushes the
     * handshake out of view while the close is shown. The timer's bracket and the break's label
     * still say how long the wait was.
     */
    public static final long DEFAULT_IDLE_THRESHOLD_MS = 400;
    public static final long DEFAULT_MARGIN_MS = 60;
    public static final double DEFAULT_BREAK_PX = 56;

    /** A compressed idle span: times {@code from..to} occupy {@code top..bottom}. */
    public record Break(long from, long to, double top, double bottom) {
        public long skippedMs() {
            return to - from;
        }
    }

    private final double pxPerMs;
    // piece k starts at time pieceT[k] and y pieceY[k] with slope pieceScale[k] px/ms
    private final double[] pieceT;
    private final double[] pieceY;
    private final double[] pieceScale;
    private final List<Break> breaks;
    private final long firstTime;
    private final long lastTime;

    /**
     * @param activityTimes   times at which something happens (any order, duplicates allowed)
     * @param pxPerMs         the scale of normal time (zoom included), > 0
     * @param idleThresholdMs gaps longer than this are compressed; must exceed 2 x marginMs
     * @param marginMs        real-scale time kept on each side of a break
     * @param breakPx         the height of a break
     * @param topPx           y of the first activity time
     */
    public TimeAxis(long[] activityTimes, double pxPerMs, long idleThresholdMs, long marginMs, double breakPx,
                    double topPx) {
        if (!(pxPerMs > 0) || marginMs < 0 || idleThresholdMs <= 2 * marginMs || !(breakPx > 0)) {
            throw new IllegalArgumentException("invalid time axis parameters");
        }
        this.pxPerMs = pxPerMs;
        long[] times = activityTimes.clone();
        Arrays.sort(times);
        firstTime = times.length == 0 ? 0 : times[0];
        lastTime = times.length == 0 ? 0 : times[times.length - 1];
        List<double[]> pieces = new ArrayList<>();
        List<Break> found = new ArrayList<>();
        double y = topPx;
        double t = firstTime;
        pieces.add(new double[] {t, y, pxPerMs});
        for (int k = 1; k < times.length; k++) {
            long a = times[k - 1];
            long b = times[k];
            if (b - a > idleThresholdMs) {
                long from = a + marginMs;
                long to = b - marginMs;
                y += (from - t) * pxPerMs;
                pieces.add(new double[] {from, y, breakPx / (to - from)});
                found.add(new Break(from, to, y, y + breakPx));
                y += breakPx;
                t = to;
                pieces.add(new double[] {t, y, pxPerMs});
            }
        }
        int n = pieces.size();
        pieceT = new double[n];
        pieceY = new double[n];
        pieceScale = new double[n];
        for (int k = 0; k < n; k++) {
            pieceT[k] = pieces.get(k)[0];
            pieceY[k] = pieces.get(k)[1];
            pieceScale[k] = pieces.get(k)[2];
        }
        breaks = Collections.unmodifiableList(found);
    }

    /** An axis with the default threshold, margin and break height. */
    public static TimeAxis of(long[] activityTimes, double pxPerMs, double topPx) {
        return new TimeAxis(activityTimes, pxPerMs, DEFAULT_IDLE_THRESHOLD_MS, DEFAULT_MARGIN_MS, DEFAULT_BREAK_PX, topPx);
    }

    /** The y of time {@code t}; times outside the activity range extend the nearest piece's scale. */
    public double y(double t) {
        int k = Math.max(0, lastAtOrBefore(pieceT, t));
        return pieceY[k] + (t - pieceT[k]) * pieceScale[k];
    }

    /** The time at {@code y}: the inverse of {@link #y(double)}. */
    public double time(double y) {
        int k = Math.max(0, lastAtOrBefore(pieceY, y));
        return pieceT[k] + (y - pieceY[k]) / pieceScale[k];
    }

    /** The y of the last activity time. */
    public double endY() {
        return y(lastTime);
    }

    public long firstTime() {
        return firstTime;
    }

    public long lastTime() {
        return lastTime;
    }

    /** The scale of normal (uncompressed) time. */
    public double pxPerMs() {
        return pxPerMs;
    }

    /** The compressed spans, in time order. */
    public List<Break> breaks() {
        return breaks;
    }

    /** The index in {@link #breaks()} of the first break whose bottom is at or below {@code y}. */
    public int firstBreakReaching(double y) {
        int lo = 0;
        int hi = breaks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (breaks.get(mid).bottom() < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int lastAtOrBefore(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
