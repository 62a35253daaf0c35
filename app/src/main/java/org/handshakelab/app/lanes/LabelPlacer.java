package org.handshakelab.app.lanes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses where along each arrow its label sits, so that labels do not cover each other: going
 * down the diagram, each label takes the first of a few positions along its arrow (30% from the
 * sender, then 15%, 45%, 60%) whose box is clear of the labels already placed; where none is (bulk
 * data, hundreds of arrows a screen) the arrow goes without a label. Boxes are estimated from the
 * text length, axis-aligned, centred on the arrow: good enough to keep text readable.
 */
final class LabelPlacer {
    static final double[] POSITIONS = {0.3, 0.15, 0.45, 0.6};
    /** Placed labels further above than this are not checked: a label is never this tall. */
    private static final double WINDOW = 400;

    private LabelPlacer() {
    }

    /**
     * @param x0 .. y1  each arrow's start and end
     * @param widths    each label's estimated width
     * @param height    a label's height
     * @return per arrow, the fraction along it where its label's centre goes, or NaN for no label
     */
    static double[] place(double[] x0, double[] y0, double[] x1, double[] y1, double[] widths, double height) {
        int n = x0.length;
        double[] chosen = new double[n];
        Arrays.fill(chosen, Double.NaN);
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> y0[k] + (y1[k] - y0[k]) * POSITIONS[0]));
        List<double[]> placed = new ArrayList<>(); // {cx, cy, halfWidth}, roughly in y order
        for (int k : order) {
            for (double t : POSITIONS) {
                double cx = x0[k] + (x1[k] - x0[k]) * t;
                double cy = y0[k] + (y1[k] - y0[k]) * t;
                if (clear(placed, cx, cy, widths[k] / 2, height)) {
                    chosen[k] = t;
                    placed.add(new double[] {cx, cy, widths[k] / 2});
                    break;
                }
            }
        }
        return chosen;
    }

    private static boolean clear(List<double[]> placed, double cx, double cy, double halfWidth, double height) {
        for (int i = placed.size() - 1; i >= 0; i--) {
            double[] p = placed.get(i);
            if (p[1] < cy - WINDOW) {
                break;
            }
            if (Math.abs(p[1] - cy) < height && Math.abs(p[0] - cx) < p[2] + halfWidth) {
                return false;
            }
        }
        return true;
    }
}
