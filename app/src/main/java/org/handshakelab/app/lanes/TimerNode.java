package org.handshakelab.app.lanes;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/** A timer run drawn as a bracket beside its lane, with its name and length ("RTO 1 s", "2MSL 240 s"). */
final class TimerNode extends Group {
    private static final double TICK = 7;
    private final Line line = new Line();
    private final Line topTick = new Line();
    private final Line bottomTick = new Line();
    private final Label label = new Label();

    TimerNode() {
        line.getStyleClass().add("timer-line");
        topTick.getStyleClass().add("timer-line");
        bottomTick.getStyleClass().add("timer-line");
        label.getStyleClass().add("timer-label");
        getChildren().addAll(line, topTick, bottomTick, label);
        setMouseTransparent(true);
        getStyleClass().add("timer");
    }

    void style(String kindClass, boolean running) {
        if (!getStyleClass().contains(kindClass) || getStyleClass().contains("running") != running) {
            getStyleClass().setAll("timer", kindClass);
            if (running) {
                getStyleClass().add("running");
            }
            applyCss(); // now: this runs during layout, after the pulse's CSS pass (see ArrowNode.style)
        }
    }

    /**
     * @param x      the bracket's x
     * @param toward +1 when the lane is to the right of the bracket, -1 when to the left
     */
    void place(double x, double y0, double y1, int toward, String text) {
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(y0);
        line.setEndY(y1);
        topTick.setStartX(x);
        topTick.setEndX(x + toward * TICK);
        topTick.setStartY(y0);
        topTick.setEndY(y0);
        bottomTick.setStartX(x);
        bottomTick.setEndX(x + toward * TICK);
        bottomTick.setStartY(y1);
        bottomTick.setEndY(y1);
        if (!text.equals(label.getText())) {
            label.setText(text);
            label.applyCss();
        }
        label.autosize();
        double lx = toward > 0 ? x - 4 - label.getWidth() : x + 4;
        label.relocate(lx, y0 + 2);
    }
}
