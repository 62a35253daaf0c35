package org.handshakelab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong pulsesBefore = new AtomicLong(-1);
    private final AtomicInteger pulses = new AtomicInteger();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new Label("first frame"), 200, 100);
        scene.addPostLayoutPulseListener(pulses::incrementAndGet);
        stage.setScene(scene);
        FirstFrame.whenDrawn(() -> {
            pulsesBefore.set(pulses.get());
            calls.incrementAndGet();
        });
        stage.show();
    }

    @Test
    void runsOnceAfterTheWindowsFirstPulseHasBeenLaidOutAndRendered() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> calls.get() > 0);
        assertTrue(pulsesBefore.get() >= 1, "the shown window had a pulse before the report: " + pulsesBefore.get());
        // later pulses (forced by asking for layout) do not report again
        int seen = pulses.get();
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.asyncFx(() -> scene.getRoot().requestLayout()).get();
            WaitForAsyncUtils.sleep(30, TimeUnit.MILLISECONDS);
        }
        assertTrue(pulses.get() > seen, "more pulses ran");
        assertEquals(1, calls.get());
    }
}
