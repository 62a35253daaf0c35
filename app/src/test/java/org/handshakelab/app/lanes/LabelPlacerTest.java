package org.handshakelab.app.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelPlacerTest {
    private static final double H = 17;

    @Test
    void sparseArrowsAllGetTheirLabelAtThirtyPercent() {
        // a handshake: three arrows 40 px apart, alternating direction
        double[] t = LabelPlacer.place(new double[] {100, 900, 100}, new double[] {0, 40, 80},
                new double[] {900, 100, 900}, new double[] {40, 80, 120}, new double[] {80, 110, 80}, H);
        assertEquals(0.3, t[0]);
        assertEquals(0.3, t[1]);
        assertEquals(0.3, t[2]);
    }

    @Test
    void segmentsSentTogetherFindFreePositionsAlongTheirArrows() {
        // three 100-byte pieces sent at once (slots 20 px apart): one delayed (steep), one lost
        // half-way, one normal; at 30% the first and third labels would overlap
        double[] x0 = {100, 100, 100};
        double[] y0 = {0, 20, 40};
        double[] x1 = {900, 500, 900};
        double[] y1 = {200, 40, 80};
        double[] w = {150, 150, 150};
        double[] t = LabelPlacer.place(x0, y0, x1, y1, w, H);
        for (double v : t) {
            assertFalse(Double.isNaN(v), "every arrow is labelled");
        }
        assertNoOverlap(x0, y0, x1, y1, w, t);
    }

    @Test
    void bulkDataKeepsOnlyLabelsThatDoNotOverlap() {
        int n = 200;
        double[] x0 = new double[n];
        double[] y0 = new double[n];
        double[] x1 = new double[n];
        double[] y1 = new double[n];
        double[] w = new double[n];
        for (int k = 0; k < n; k++) { // an arrow every 5 px
            x0[k] = 100;
            y0[k] = 5 * k;
            x1[k] = 900;
            y1[k] = 5 * k + 40;
            w[k] = 160;
        }
        double[] t = LabelPlacer.place(x0, y0, x1, y1, w, H);
        long labelled = java.util.Arrays.stream(t).filter(v -> !Double.isNaN(v)).count();
        assertTrue(labelled > 20 && labelled < n, "some but not all: " + labelled);
        assertNoOverlap(x0, y0, x1, y1, w, t);
    }

    private static void assertNoOverlap(double[] x0, double[] y0, double[] x1, double[] y1, double[] w, double[] t) {
        for (int a = 0; a < t.length; a++) {
            for (int b = a + 1; b < t.length; b++) {
                if (Double.isNaN(t[a]) || Double.isNaN(t[b])) {
                    continue;
                }
                double ax = x0[a] + (x1[a] - x0[a]) * t[a];
                double ay = y0[a] + (y1[a] - y0[a]) * t[a];
                double bx = x0[b] + (x1[b] - x0[b]) * t[b];
                double by = y0[b] + (y1[b] - y0[b]) * t[b];
                boolean overlap = Math.abs(ay - by) < H && Math.abs(ax - bx) < (w[a] + w[b]) / 2;
                assertFalse(overlap, "labels " + a + " and " + b + " overlap");
            }
        }
    }
}
