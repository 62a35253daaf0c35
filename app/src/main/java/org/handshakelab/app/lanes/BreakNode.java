package org.handshakelab.app.lanes;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;

/** A compressed idle span: a band cut out of the lanes between two zig-zags, with the skipped time. */
final class BreakNode extends Group {
    private static final double TOOTH = 9;
    private final Rectangle band = new Rectangle();
    private final Polyline upper = new Polyline();
    private final Polyline lower = new Polyline();
    private final Label label = new Label();
    private double lastWidth = -1;
    private double lastTop = Double.NaN;
    private double lastBottom = Double.NaN;

    BreakNode() {
        band.getStyleClass().add("break-band");
        upper.getStyleClass().add("break-zigzag");
        lower.getStyleClass().add("break-zigzag");
        label.getStyleClass().add("break-label");
        getChildren().addAll(band, upper, lower, label);
        getStyleClass().add("time-break");
        setMouseTransparent(true);
    }

    void place(double left, double width, double top, double bottom, String text) {
        if (width != lastWidth || top != lastTop || bottom != lastBottom) {
            lastWidth = width;
            lastTop = top;
            lastBottom = bottom;
            double edge = 6;
            band.setX(left);
            band.setY(top + edge);
            band.setWidth(width);
            band.setHeight(Math.max(0, bottom - top - 2 * edge));
            zigzag(upper, left, width, top + edge);
            zigzag(lower, left, width, bottom - edge);
        }
        if (!text.equals(label.getText())) {
            label.setText(text);
            label.applyCss();
        }
        label.autosize();
        label.relocate(left + (width - label.getWidth()) / 2, (top + bottom - label.getHeight()) / 2);
    }

    private static void zigzag(Polyline line, double left, double width, double y) {
        int teeth = Math.max(2, (int) (width / TOOTH));
        Double[] points = new Double[2 * (teeth + 1)];
        for (int i = 0; i <= teeth; i++) {
            points[2 * i] = left + width * i / teeth;
            points[2 * i + 1] = y + (i % 2 == 0 ? -3.0 : 3.0);
        }
        line.getPoints().setAll(points);
    }
}
