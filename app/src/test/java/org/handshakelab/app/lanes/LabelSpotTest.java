package org.handshakelab.app.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a label goes along its arrow: turned along it, or level above a shallow one. */
class LabelSpotTest {
    private static final double W = 120;
    private static final double H = 17;

    /** The y of the line from (x0, y0) going (dx, dy), at x. */
    private static double lineY(double x0, double y0, double dx, double dy, double x) {
        return y0 + dy * (x - x0) / dx;
    }

    @Test
    void shallowArrow_levelWhenShallow_isLevel_andClearsTheLineUnderBothEnds() {
        // 440 px across, 40 px down: about 5 degrees, as a 50 ms latency at the default zoom
        for (double[] arrow : new double[][] {{200, 100, 440, 40}, {640, 100, -440, 40}, {200, 100, 440, -40}}) {
            LabelSpot spot = LabelSpot.along(arrow[0], arrow[1], arrow[2], arrow[3], 0.3, W, H, true);
            assertEquals(0, spot.angle());
            double bottom = spot.cy() + H / 2;
            for (double x : new double[] {spot.cx() - W / 2, spot.cx() + W / 2}) {
                double under = lineY(arrow[0], arrow[1], arrow[2], arrow[3], x);
                assertTrue(bottom < under, "the label's bottom " + bottom + " is above the line (" + under + ") at x " + x);
                assertTrue(under - bottom < 2 + W * 40 / 440 + 0.001, "and not much higher than it needs: " + (under - bottom));
            }
            assertEquals(arrow[0] + arrow[2] * 0.3, spot.cx(), 1e-9, "centred over its point along the arrow");
        }
    }

    @Test
    void steepArrow_levelWhenShallow_staysTurnedAlongIt() {
        LabelSpot spot = LabelSpot.along(200, 100, 300, 200, 0.3, W, H, true); // about 34 degrees
        assertEquals(Math.toDegrees(Math.atan2(200, 300)), spot.angle(), 1e-9);
    }

    @Test
    void shallowArrow_notLevelWhenShallow_isTurnedAlongIt_neverUpsideDown() {
        assertEquals(Math.toDegrees(Math.atan2(40, 440)), LabelSpot.along(200, 100, 440, 40, 0.3, W, H, false).angle(), 1e-9);
        // right to left and down: turned the other way, still reading left to right
        assertEquals(-Math.toDegrees(Math.atan2(40, 440)), LabelSpot.along(640, 100, -440, 40, 0.3, W, H, false).angle(), 1e-9);
    }

    @Test
    void turnedLabel_sitsJustAboveItsLine() {
        LabelSpot spot = LabelSpot.along(200, 100, 440, 40, 0.5, W, H, false);
        double px = 200 + 220;
        double py = 100 + 20;
        double distance = Math.hypot(spot.cx() - px, spot.cy() - py);
        assertEquals(H / 2 + 2, distance, 1e-9, "its centre is half its height and a gap from the line");
        assertTrue(spot.cy() < py, "above it");
    }

    @Test
    void halfExtents_ofALevelLabel_areHalfItsSize_andOfATurnedOne_coverItsCorners() {
        LabelSpot level = new LabelSpot(0, 0, 0);
        assertEquals(W / 2, level.halfWidth(W, H), 1e-9);
        assertEquals(H / 2, level.halfHeight(W, H), 1e-9);
        LabelSpot turned = new LabelSpot(0, 0, 30);
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        assertEquals(Math.abs(W / 2 * c) + Math.abs(H / 2 * s), turned.halfWidth(W, H), 1e-9);
        assertEquals(Math.abs(W / 2 * s) + Math.abs(H / 2 * c), turned.halfHeight(W, H), 1e-9);
    }
}
