package org.handshakelab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameStatsTest {

    @Test
    void percentilesAreNearestRankOverTheSortedIntervals() {
        double[] intervals = new double[100];
        for (int i = 0; i < 100; i++) {
            intervals[i] = 100 - i; // 100, 99, ..., 1: order must not matter
        }
        FrameStats stats = FrameStats.of(intervals);
        assertEquals(100, stats.count());
        assertEquals(50, stats.p50());
        assertEquals(99, stats.p99());
        assertEquals(100, stats.max());
    }

    @Test
    void oneLongFrameShowsInTheMaximumButNotTheMedian() {
        double[] intervals = {16.7, 16.6, 16.8, 250.0, 16.7};
        FrameStats stats = FrameStats.of(intervals);
        assertEquals(16.7, stats.p50());
        assertEquals(250.0, stats.max());
    }

    @Test
    void theInputIsNotReordered() {
        double[] intervals = {3, 1, 2};
        FrameStats.of(intervals);
        assertEquals(3, intervals[0]);
    }

    @Test
    void noIntervalsGiveNotANumber() {
        FrameStats stats = FrameStats.of(new double[0]);
        assertEquals(0, stats.count());
        assertTrue(Double.isNaN(stats.p99()));
    }

    @Test
    void theLineIsWhatTheScriptParses() {
        assertEquals("frames 3 p50-ms 2.00 p99-ms 3.00 max-ms 3.00", FrameStats.of(new double[] {1, 2, 3}).line());
    }
}
