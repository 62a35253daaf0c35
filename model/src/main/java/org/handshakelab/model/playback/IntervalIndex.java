package org.handshakelab.model.playback;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Answers "which intervals contain point i" in O(log n + K + answer) time, where intervals are
 * half-open {@code [start, end)} over event indices and given sorted by start. Every {@link #STRIDE}
 * points a checkpoint stores the intervals alive there; a query starts from the nearest checkpoint at
 * or before {@code i} and adds the intervals that started since. Memory is the sum of the alive sets
 * at the checkpoints, small for traces where few segments are in flight at once.
 */
final class IntervalIndex {
    static final int STRIDE = 64;

    private final int[] starts;
    private final int[] ends;
    /** checkpoint c covers point c * STRIDE: the ordinals of intervals alive there, in start order */
    private final int[][] alive;

    IntervalIndex(int[] starts, int[] ends, int points) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("starts and ends differ in length");
        }
        for (int k = 1; k < starts.length; k++) {
            if (starts[k] < starts[k - 1]) {
                throw new IllegalArgumentException("intervals must be sorted by start");
            }
        }
        this.starts = starts.clone();
        this.ends = ends.clone();
        int checkpoints = Math.max(1, (points + STRIDE - 1) / STRIDE);
        alive = new int[checkpoints][];
        // one sweep: the alive set at a checkpoint is the previous one plus the intervals started
        // since, minus those ended; start order is kept because both parts are in start order
        int[] current = new int[0];
        int[] buffer = new int[starts.length];
        int next = 0;
        for (int c = 0; c < checkpoints; c++) {
            int point = c * STRIDE;
            int n = 0;
            for (int k : current) {
                if (this.ends[k] > point) {
                    buffer[n++] = k;
                }
            }
            for (; next < this.starts.length && this.starts[next] <= point; next++) {
                if (this.ends[next] > point) {
                    buffer[n++] = next;
                }
            }
            current = Arrays.copyOf(buffer, n);
            alive[c] = current;
        }
    }

    /** Calls {@code action} with the ordinal of every interval alive at {@code point}, in start order. */
    void forEachAlive(int point, IntConsumer action) {
        if (point < 0 || starts.length == 0) {
            return;
        }
        int c = Math.min(point / STRIDE, alive.length - 1);
        int base = c * STRIDE;
        for (int k : alive[c]) {
            if (ends[k] > point) {
                action.accept(k);
            }
        }
        // intervals that started after the checkpoint, up to the point
        for (int k = firstStartAfter(base); k < starts.length && starts[k] <= point; k++) {
            if (ends[k] > point) {
                action.accept(k);
            }
        }
    }

    /** The first ordinal whose start is greater than {@code point}. */
    private int firstStartAfter(int point) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= point) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
