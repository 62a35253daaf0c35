package org.handshakelab.app.ui;

import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Runs steps of work on the FX thread one per pulse, so the scene is laid out and drawn between
 * them: each step's nodes get their CSS, layout and first render in the pulse that built them,
 * instead of everything waiting for the slowest step.
 */
final class PulseSteps {
    private PulseSteps() {
    }

    /**
     * Runs {@code steps} from the second pulse from now (the first is left to draw what is already
     * there); {@code whenDone} runs one pulse after the last step, once that step has been drawn.
     */
    static void run(List<Runnable> steps, Runnable whenDone) {
        new AnimationTimer() {
            private int next = -1;

            @Override
            public void handle(long now) {
                if (next < 0) {
                    next = 0;
                    return;
                }
                if (next == steps.size()) {
                    stop();
                    whenDone.run();
                    return;
                }
                // advance first: a step that throws is reported (uncaught handler) and the rest still run
                steps.get(next++).run();
            }
        }.start();
    }
}
