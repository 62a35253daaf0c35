package org.handshakelab.app.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.handshakelab.app.testsupport.BundledTraces;
import org.handshakelab.lessons.BundledLessons;
import org.handshakelab.lessons.LoadedLesson;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lanes view over real traces: every bundled lesson, simulated by the TCP model. */
@ExtendWith(ApplicationExtension.class)
class BundledLessonsInLanesTest {
    private LanesViewModel model;
    private LanesView view;

    @Start
    void start(Stage stage) {
        model = new LanesViewModel();
        view = new LanesView(model);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    private String badge(Side side) {
        return ((Label) view.lookup(side == Side.CLIENT ? "#client-state-badge" : "#server-state-badge")).getText();
    }

    @Test
    void theThreeWayHandshakeLessonReadsLikeTheTextbook(FxRobot robot) {
        LoadedLesson lesson = BundledTraces.load("three-way-handshake");
        Playback p = new Playback(lesson.result().trace());
        robot.interact(() -> {
            model.clientHeaderProperty().set(BundledTraces.header(lesson, lesson.scenario().client()));
            model.serverHeaderProperty().set(BundledTraces.header(lesson, lesson.scenario().server()));
            model.playbackProperty().set(p);
            p.seekToIndex(p.trace().size() - 1);
        });
        List<String> labels = model.visibleArrows().stream().map(ArrowInfo::label).toList();
        assertEquals(List.of("SYN 0", "SYN,ACK 0/1", "ACK 1/1"), labels.subList(0, 3), labels.toString());
    }

    @Test
    void everyBundledLessonStepsForwardAndBackConsistently(FxRobot robot) {
        for (String id : BundledLessons.ids()) {
            LoadedLesson lesson = BundledTraces.load(id);
            Trace trace = lesson.result().trace();
            Playback p = new Playback(trace);
            robot.interact(() -> {
                model.playbackProperty().set(p);
                // listeners update the view synchronously on the FX thread, so one interaction suffices
                int sent = 0;
                for (int i = 0; i < trace.size(); i++) {
                    p.stepForward();
                    TraceEvent e = trace.get(i);
                    if (e instanceof TraceEvent.SegmentSent || e instanceof TraceEvent.SegmentDuplicated) {
                        sent++;
                    }
                    assertEquals(p.stateProperty(Side.CLIENT).get().name(), badge(Side.CLIENT), id + " at " + i);
                    assertEquals(p.stateProperty(Side.SERVER).get().name(), badge(Side.SERVER), id + " at " + i);
                    assertEquals(sent, model.visibleArrows().size(), id + " at " + i);
                    view.diagram().layout(); // draw every step, as playback would
                }
            });
            List<ArrowInfo> atEnd = List.copyOf(model.visibleArrows());
            // at the default zoom, the lessons' diagrams are sparse enough for every label to show
            robot.interact(() -> {
                for (double top = 0; top <= view.diagram().contentHeight(); top += 300) {
                    view.diagram().scrollTo(top);
                    view.diagram().layout();
                    for (javafx.scene.Node n : view.diagram().lookupAll(".arrow")) {
                        if (n.isVisible()) {
                            assertTrue(((ArrowNode) n).label.isVisible(), id + ": label of " + ((ArrowNode) n).label.getText());
                        }
                    }
                }
            });
            for (ArrowInfo a : atEnd) {
                assertFalse(a.label().isBlank());
                assertTrue(a.endsAt() >= a.sentAt(), id + ": " + a);
            }
            robot.interact(() -> {
                p.restart();
                p.seekToIndex(trace.size() - 1);
            });
            assertEquals(atEnd, model.visibleArrows(), id + ": seeking gives what stepping gave");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
