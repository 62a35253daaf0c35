package org.handshakelab.app.player;

import java.util.Arrays;
import org.handshakelab.model.trace.Trace;

/**
 * How far virtual time moves in a frame. At speed 1 a millisecond of real time is a millisecond of
 * virtual time, except across an idle span: when the gap between two consecutive events is longer
 * than {@link #IDLE_THRESHOLD_MS}, the whole gap is crossed in {@link #COMPRESSED_SPAN_MS} of real
 * time (divided by the speed), so a 240 s TIME-WAIT (2 x MSL, RFC 9293 §3.4.2) takes about a second
 * instead of four minutes, and nothing that happens is skipped.
 */
public final class ClockAdvance {
    public static final long IDLE_THRESHOLD_MS = 1_500;
    public static final double COMPRESSED_SPAN_MS = 1_000;

    private final long[] times;
    private final long endTime;

    public ClockAdvance(Trace trace) {
        times = new long[trace.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = trace.get(i).time();
        }
        endTime = trace.endTime();
    }

    ClockAdvance(long[] eventTimes) {
        times = eventTimes.clone();
        endTime = times.length == 0 ? 0 : times[times.length - 1];
    }

    public long endTime() {
        return endTime;
    }

    /**
     * The virtual time reached from {@code from} after {@code realMillis} of real time at {@code speed};
     * never beyond the last event.
     */
    public double advance(double from, double realMillis, double speed) {
        double budget = realMillis * speed; // virtual ms at the normal rate
        double t = from;
        while (budget > 0 && t < endTime) {
            int next = firstAfter(t);
            long nextTime = times[next];
            long previousTime = next == 0 ? 0 : times[next - 1];
            long gap = nextTime - previousTime;
            double rate = gap > IDLE_THRESHOLD_MS ? gap / COMPRESSED_SPAN_MS : 1.0;
            double cost = (nextTime - t) / rate;
            if (budget >= cost) {
                t = nextTime;
                budget -= cost;
            } else {
                t += budget * rate;
                budget = 0;
            }
        }
        return Math.min(t, endTime);
    }

    /** Index of the first event strictly after {@code t}; only called with {@code t < endTime}. */
    private int firstAfter(double t) {
        long floor = (long) Math.floor(t);
        int i = Arrays.binarySearch(times, floor);
        if (i < 0) {
            return -i - 1;
        }
        while (i < times.length && times[i] <= t) { // skip equal times
            i++;
        }
        return i;
    }
}
