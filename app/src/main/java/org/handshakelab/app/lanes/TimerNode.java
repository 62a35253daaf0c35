package org.handshakelab.app.lanes;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import org.handshakelab.model.tcp.TimerKind;

/**
 * A timer run drawn as a bracket beside its lane, with its name and length ("RTO 1 s", "2MSL 240 s");
 * dashed while it runs. The kind is a style class (timer-rto, timer-time-wait, timer-delayed-ack);
 * running is drawn by code, not by a style class: a bulk transfer restarts its retransmission timer
 * with every ACK, and restyling a bracket twice per ACK was a fifth of the CSS garbage of playing
 * one (JFR allocation samples).
 */
final class TimerNode extends Group {
    /** The dashes of a running timer's bracket. */
    private static final Double[] RUNNING_DASHES = {4.0, 3.0};
    private static final double TICK = 7;
    private final Line line = new Line();
    private final Line topTick = new Line();
    private final Line bottomTick = new Line();
    private final Label label = new Label();
    private TimerKind kind;
    private boolean running;

    TimerNode() {
        line.getStyleClass().add("timer-line");
        topTick.getStyleClass().add("timer-line");
        bottomTick.getStyleClass().add("timer-line");
        label.getStyleClass().add("timer-label");
        getChildren().addAll(line, topTick, bottomTick, label);
        setMouseTransparent(true);
        getStyleClass().add("timer");
    }

    void style(TimerKind kind, boolean running) {
        if (kind != this.kind) {
            this.kind = kind;
            getStyleClass().setAll("timer", styleClass(kind));
            applyCss(); // now: this runs during layout, after the pulse's CSS pass (see ArrowNode.style)
        }
        if (running != this.running) {
            this.running = running;
            for (Line part : new Line[] {line, topTick, bottomTick}) {
                if (running) {
                    part.getStrokeDashArray().setAll(RUNNING_DASHES);
                } else {
                    part.getStrokeDashArray().clear();
                }
            }
        }
    }

    static String styleClass(TimerKind kind) {
        return switch (kind) {
            case RETRANSMISSION -> "timer-rto";
            case TIME_WAIT -> "timer-time-wait";
            case DELAYED_ACK -> "timer-delayed-ack";
        };
    }

    /** The kind it is styled as, for NodePool to hand a timer a spare of its kind: -1 before the first {@link #style}. */
    int styleKey() {
        return kind == null ? -1 : styleKey(kind);
    }

    /** The {@link NodePool} style of a timer of {@code kind}. */
    static int styleKey(TimerKind kind) {
        return kind.ordinal();
    }

    /** Whether it is drawn as running (dashed). */
    boolean running() {
        return running;
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
