package org.handshakelab.app.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeAxisTest {
    private static final double EPS = 1e-9;

    @Test
    void withoutIdleSpansTimeMapsLinearlyFromTheTop() {
        TimeAxis axis = new TimeAxis(new long[] {100, 150, 200, 1200}, 0.5, 1500, 400, 50, 30);
        assertEquals(30, axis.y(100), EPS);
        assertEquals(55, axis.y(150), EPS);
        assertEquals(30 + 0.5 * 1100, axis.y(1200), EPS);
        assertTrue(axis.breaks().isEmpty());
    }

    @Test
    void aLongIdleSpanIsCompressedToTheBreakHeightKeepingMarginsAtRealScale() {
        // the fixture's close: the last ACK at 2800, TIME-WAIT ends at 242 750
        TimeAxis axis = new TimeAxis(new long[] {2750, 2800, 242_750}, 0.5, 1500, 400, 56, 0);
        assertEquals(1, axis.breaks().size());
        TimeAxis.Break b = axis.breaks().get(0);
        assertEquals(3200, b.from());
        assertEquals(242_350, b.to());
        assertEquals(239_150, b.skippedMs());
        double yBreakTop = axis.y(3200);
        assertEquals(0.5 * (3200 - 2750), yBreakTop, EPS);
        assertEquals(yBreakTop, b.top(), EPS);
        assertEquals(yBreakTop + 56, axis.y(242_350), EPS);
        assertEquals(b.bottom(), axis.y(242_350), EPS);
        // after the break, real scale again
        assertEquals(yBreakTop + 56 + 0.5 * 400, axis.y(242_750), EPS);
        assertEquals(axis.y(242_750), axis.endY(), EPS);
        assertTrue(axis.endY() < 600, "240 s (120,000 px at real scale) fits in a few hundred pixels, was " + axis.endY());
    }

    @Test
    void aGapJustOverTheThresholdIsABreakAndOneAtItIsNot() {
        assertEquals(0, new TimeAxis(new long[] {0, 1500}, 1, 1500, 400, 50, 0).breaks().size());
        assertEquals(1, new TimeAxis(new long[] {0, 1501}, 1, 1500, 400, 50, 0).breaks().size());
    }

    @Test
    void severalBreaksStackInOrder() {
        TimeAxis axis = new TimeAxis(new long[] {0, 10_000, 10_050, 100_000}, 1, 1500, 400, 40, 0);
        assertEquals(2, axis.breaks().size());
        assertTrue(axis.breaks().get(0).bottom() < axis.breaks().get(1).top());
        assertEquals(400 + 40 + 400 + 50 + 400 + 40 + 400, axis.endY(), EPS);
    }

    @Test
    void findsTheFirstBreakReachingAGivenHeight() {
        TimeAxis axis = new TimeAxis(new long[] {0, 10_000, 10_050, 100_000}, 1, 1500, 400, 40, 0);
        assertEquals(0, axis.firstBreakReaching(-5));
        assertEquals(0, axis.firstBreakReaching(axis.breaks().get(0).bottom()));
        assertEquals(1, axis.firstBreakReaching(axis.breaks().get(0).bottom() + 1));
        assertEquals(2, axis.firstBreakReaching(axis.endY()));
    }

    @Test
    void zoomScalesNormalTimeButNotBreaks() {
        long[] times = {0, 1000, 60_000};
        TimeAxis one = new TimeAxis(times, 0.5, 1500, 400, 50, 0);
        TimeAxis two = new TimeAxis(times, 1.0, 1500, 400, 50, 0);
        assertEquals(2 * one.y(1000), two.y(1000), EPS);
        assertEquals(50, one.breaks().get(0).bottom() - one.breaks().get(0).top(), EPS);
        assertEquals(50, two.breaks().get(0).bottom() - two.breaks().get(0).top(), EPS);
    }

    @Test
    void timeIsTheInverseOfYAndYIncreasesStrictly() {
        Random random = new Random(7);
        long[] times = new long[200];
        long t = 0;
        for (int i = 0; i < times.length; i++) {
            t += random.nextInt(10) == 0 ? 5_000 + random.nextInt(300_000) : random.nextInt(200);
            times[i] = t;
        }
        TimeAxis axis = TimeAxis.of(times, 0.7, 20);
        double previous = Double.NEGATIVE_INFINITY;
        for (long q = -100; q < t + 1000; q += 97) {
            double y = axis.y(q);
            assertTrue(y > previous, "increasing at " + q);
            previous = y;
            assertEquals(q, axis.time(y), 1e-6);
        }
    }

    @Test
    void unorderedAndDuplicateTimesAreAccepted() {
        TimeAxis axis = new TimeAxis(new long[] {200, 100, 100, 5000}, 1, 1500, 400, 50, 0);
        assertEquals(100, axis.firstTime());
        assertEquals(5000, axis.lastTime());
        assertEquals(1, axis.breaks().size());
    }

    @Test
    void rejectsAMarginThatWouldOverlapItsBreak() {
        assertThrows(IllegalArgumentException.class, () -> new TimeAxis(new long[] {0}, 1, 800, 400, 50, 0));
        assertThrows(IllegalArgumentException.class, () -> new TimeAxis(new long[] {0}, 0, 1500, 400, 50, 0));
    }
}
