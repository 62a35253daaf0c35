package org.handshakelab.app.bench;

import javafx.animation.AnimationTimer;

/**
 * Tells when the first frame of a newly shown window has been drawn: an {@link AnimationTimer}
 * started just before {@code show()} runs at the start of each pulse, and the pulse that renders the
 * first frame is followed by a second one only after that render has been handed over. Both the
 * application ({@code --report-startup}) and {@link BareWindow} use this, so the start-up benchmark
 * compares like with like.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Calls {@code then} once, on the FX thread, at the second pulse from now. Call before {@code show()}. */
    public static void whenDrawn(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
