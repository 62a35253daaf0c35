package org.handshakelab.app.lanes;

/**
 * Where an arrow's label goes: its centre and how far it is turned (degrees), for a label {@code w} x
 * {@code h} at {@code at} along the arrow from (x0, y0) going (dx, dy). It sits just above the line,
 * turned along it and never upside down; or, when {@code levelWhenShallow} and the arrow slopes less
 * than {@link #LEVEL_BELOW_DEGREES}, level, raised just enough to clear the line under its ends.
 *
 * <p>Why level: JavaFX's software renderer draws turned text glyph by glyph as outlines, and level
 * text from its glyph cache, about three times cheaper per label (scripts/bench-render-cost.sh). A long trace draws hundreds of
 * labels as they land (BENCHMARKS.md section 2), and at a slope of a few degrees a level label reads
 * as well. A steep arrow (zoomed in) keeps a turned label: a level one would float far from it.
 */
record LabelSpot(double cx, double cy, double angle) {
    static final double LEVEL_BELOW_DEGREES = 15;
    /** Between the line and the label's near edge. */
    private static final double GAP = 2;

    static LabelSpot along(double x0, double y0, double dx, double dy, double at, double w, double h,
                           boolean levelWhenShallow) {
        double angle = turnedAngle(dx, dy);
        double px = x0 + dx * at;
        double py = y0 + dy * at;
        if (levelWhenShallow && Math.abs(angle) < LEVEL_BELOW_DEGREES) {
            double rise = w / 2 * Math.abs(dy / dx); // the line's rise under the label's higher end
            return new LabelSpot(px, py - (h / 2 + GAP) - rise, 0);
        }
        double radians = Math.toRadians(angle);
        return new LabelSpot(px + Math.sin(radians) * (h / 2 + GAP), py - Math.cos(radians) * (h / 2 + GAP), angle);
    }

    /** The angle of a label turned along a line going (dx, dy), never upside down. */
    static double turnedAngle(double dx, double dy) {
        double angle = Math.toDegrees(Math.atan2(dy, dx));
        if (angle > 90) {
            angle -= 180;
        } else if (angle < -90) {
            angle += 180;
        }
        return angle;
    }

    /** Half the width of the label's box as drawn, turned: how far it reaches left and right of {@link #cx}. */
    double halfWidth(double w, double h) {
        double radians = Math.toRadians(angle);
        return w / 2 * Math.abs(Math.cos(radians)) + h / 2 * Math.abs(Math.sin(radians));
    }

    /** Half the height of the label's box as drawn, turned: how far it reaches above and below {@link #cy}. */
    double halfHeight(double w, double h) {
        double radians = Math.toRadians(angle);
        return w / 2 * Math.abs(Math.sin(radians)) + h / 2 * Math.abs(Math.cos(radians));
    }
}
