package org.handshakelab.app.bench;

import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The frame-pacing baseline (not a test): one dot moving across a window the size of the
 * application's (90% of the screen), timed the same way as {@link FramePacing}. It shows what this
 * machine, display and renderer allow before the application draws anything:
 * {@code scripts/bench-frames.sh --baseline}.
 */
public final class BaselineAnimation extends Application {
    private static final int WARM_UP_FRAMES = 30;

    @Override
    public void start(Stage stage) {
        double seconds = getParameters().getRaw().isEmpty() ? 20 : Double.parseDouble(getParameters().getRaw().get(0));
        Circle dot = new Circle(8);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new Pane(dot), screen.getWidth() * 0.9, screen.getHeight() * 0.9);
        stage.setScene(scene);
        stage.show();
        double[] intervals = new double[100_000];
        int[] count = {0};
        long[] last = {0};
        scene.addPreLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (last[0] != 0 && count[0] < intervals.length) {
                intervals[count[0]++] = (now - last[0]) / 1e6;
            }
            last[0] = now;
        });
        long start = System.nanoTime();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                double elapsed = (now - start) / 1e9;
                dot.setCenterX(20 + (elapsed * 200) % (scene.getWidth() - 40));
                dot.setCenterY(scene.getHeight() / 2);
                if (elapsed > seconds) {
                    stop();
                    double[] measured = Arrays.copyOfRange(intervals, Math.min(WARM_UP_FRAMES, count[0]), count[0]);
                    System.out.println(FrameStats.of(measured).line());
                    System.out.println("frames-over-20ms " + Arrays.stream(measured).filter(ms -> ms > 20).count());
                    Platform.exit();
                }
            }
        }.start();
    }

    /** Launcher: an Application subclass cannot be the class-path main class. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(BaselineAnimation.class, args);
        }
    }
}
