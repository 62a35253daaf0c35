package org.handshakelab.app.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Summary of frame intervals in milliseconds: count, median, 99th percentile and maximum
 * (nearest-rank percentiles, so every figure is one of the measured intervals).
 */
public record FrameStats(int count, double p50, double p99, double max) {

    public static FrameStats of(double[] intervalsMs) {
        if (intervalsMs.length == 0) {
            return new FrameStats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = intervalsMs.clone();
        Arrays.sort(sorted);
        return new FrameStats(sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]);
    }

    /** Nearest rank: the smallest value with at least {@code fraction} of the values at or below it. */
    static double rank(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** One line, as scripts/bench-frames.sh parses it. */
    public String line() {
        return String.format(Locale.ROOT, "frames %d p50-ms %.2f p99-ms %.2f max-ms %.2f", count, p50, p99, max);
    }
}
