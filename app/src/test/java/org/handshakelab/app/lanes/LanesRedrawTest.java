package org.handshakelab.app.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.handshakelab.app.testsupport.GeneratedTraces;
import org.handshakelab.app.testsupport.HandshakeFixture;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Playback redraws the diagram's content without laying out what contains the diagram. */
@ExtendWith(ApplicationExtension.class)
class LanesRedrawTest {
    private LanesViewModel model;
    private LanesView view;
    private int parentLayouts;

    @Start
    void start(Stage stage) {
        model = new LanesViewModel();
        model.clientHeaderProperty().set(HandshakeFixture.CLIENT_HEADER);
        model.serverHeaderProperty().set(HandshakeFixture.SERVER_HEADER);
        view = new LanesView(model);
        StackPane parent = new StackPane(view) {
            @Override
            protected void layoutChildren() {
                parentLayouts++;
                super.layoutChildren();
            }
        };
        stage.setScene(new Scene(parent, 1200, 760));
        stage.show();
    }

    @Test
    void steppingThroughDataRedrawsTheArrowsWithoutLayingOutTheParents(FxRobot robot) {
        // the middle of a bulk transfer: both ends ESTABLISHED, so the lane headers do not change
        // (a state badge whose text changes does lay out the headers, and so the parents)
        Trace bulk = GeneratedTraces.bulk(200, 20);
        Playback p = new Playback(bulk);
        robot.interact(() -> {
            model.playbackProperty().set(p);
            p.seekToTime(bulk.get(bulk.size() - 1).time() / 2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        int before = parentLayouts;
        int arrowsBefore = model.visibleArrows().size();
        for (int i = 0; i < 20; i++) {
            robot.interact(p::stepForward);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.visibleArrows().size() > arrowsBefore, "the steps sent segments");
        assertEquals(before, parentLayouts, "the diagram's parent was not laid out again");
    }
}
