package org.handshakelab.app.lanes;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.handshakelab.app.testsupport.GeneratedTraces;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.playback.TraceIndex;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Timings, printed, never asserted; not run by {@code verify} (the name matches no test pattern).
 * Run: {@code ./mvnw -q -B -pl app -am verify -Dtest=LanesBench -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the system-out of {@code app/target/surefire-reports/TEST-org.handshakelab.app.lanes.LanesBench.xml}.
 */
@ExtendWith(ApplicationExtension.class)
class LanesBench {
    private LanesViewModel model;
    private LanesView view;

    @Start
    void start(Stage stage) {
        model = new LanesViewModel();
        view = new LanesView(model);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    @Test
    void measure(FxRobot robot) {
        Trace big = GeneratedTraces.bulk(10_000, 20); // 20,000+ events
        long t0 = System.nanoTime();
        TraceIndex index = new TraceIndex(big);
        long built = System.nanoTime() - t0;
        Playback playback = new Playback(big, index);
        long end = big.endTime();
        int frames = 20_000;
        // warm up, then animate the whole trace in small steps as a player clock would
        for (int r = 0; r < 2; r++) {
            for (int f = 0; f < frames; f++) {
                playback.seekToTime(end * f / frames);
            }
        }
        t0 = System.nanoTime();
        for (int f = 0; f < frames; f++) {
            playback.seekToTime(end * f / frames);
        }
        long seek = (System.nanoTime() - t0) / frames;
        t0 = System.nanoTime();
        for (int f = 0; f < frames; f++) {
            playback.seekToTime((f * 7919L) % end); // random jumps
        }
        long jump = (System.nanoTime() - t0) / frames;

        Playback shown = new Playback(big, index);
        long[] frame = new long[1];
        robot.interact(() -> {
            model.playbackProperty().set(shown);
            int n = 3_000;
            for (int r = 0; r < 2; r++) {
                long start = System.nanoTime();
                for (int f = 0; f < n; f++) {
                    shown.seekToTime(end / 4 + f * 3L);
                    view.diagram().layout();
                }
                frame[0] = (System.nanoTime() - start) / n;
            }
        });
        System.out.printf(Locale.ROOT, "trace: %d events, %d segments%n", big.size(), index.segments().size());
        System.out.printf(Locale.ROOT, "TraceIndex build: %.1f ms%n", built / 1e6);
        System.out.printf(Locale.ROOT, "seekToTime, animating forward: %.2f us per frame%n", seek / 1e3);
        System.out.printf(Locale.ROOT, "seekToTime, random jumps: %.2f us per frame%n", jump / 1e3);
        System.out.printf(Locale.ROOT, "view frame (seekToTime + diagram layout, 10,000 segments): %.1f us%n",
                frame[0] / 1e3);
        System.out.printf(Locale.ROOT, "arrow nodes: %d for %d arrows drawn so far%n",
                view.diagram().arrowNodeCount(), model.visibleArrows().size());
    }
}
