package org.handshakelab.app.lanes;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;

/** A state change written on its lane where it happens: a dot on the lane and "→ FIN_WAIT_2" beside it. */
final class StateMarkNode extends Group {
    private final Circle dot = new Circle(4.5);
    private final Label label = new Label();

    StateMarkNode() {
        dot.getStyleClass().add("state-dot");
        label.getStyleClass().add("state-change");
        getChildren().addAll(dot, label);
        setMouseTransparent(true);
    }

    /** @param outward -1 to write left of the lane (client), +1 to write right of it (server) */
    void place(double laneX, double y, int outward, double gap, String text) {
        dot.setCenterX(laneX);
        dot.setCenterY(y);
        if (!text.equals(label.getText())) {
            label.setText(text);
            label.applyCss();
        }
        label.autosize();
        double x = outward < 0 ? laneX - gap - label.getWidth() : laneX + gap;
        // the text sits just above the level of the change, leaving the space below for timers
        label.relocate(x, y - label.getHeight() + 3);
    }
}
