package org.handshakelab.app.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.handshakelab.app.testsupport.GeneratedTraces;
import org.handshakelab.app.testsupport.HandshakeFixture;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LanesViewTest {
    private final Trace trace = HandshakeFixture.trace();
    private LanesViewModel model;
    private LanesView view;
    /** How often the view's parent was laid out. */
    private int parentLayouts;

    @Start
    void start(Stage stage) {
        model = HandshakeFixture.lanesModel();
        view = new LanesView(model);
        StackPane parent = new StackPane(view) {
            @Override
            protected void layoutChildren() {
                parentLayouts++;
                super.layoutChildren();
            }
        };
        // Monocle's headless screen is 1280x800: a larger window overflows its framebuffer
        stage.setScene(new Scene(parent, 1200, 760));
        stage.show();
    }

    private Playback load(FxRobot robot, Trace t) {
        Playback p = new Playback(t);
        robot.interact(() -> model.playbackProperty().set(p));
        return p;
    }

    private static String badge(FxRobot robot, Side side) {
        Label badge = robot.lookup(side == Side.CLIENT ? "#client-state-badge" : "#server-state-badge").queryAs(Label.class);
        return badge.getText();
    }

    /** Independent oracle: the "to" of each side's last StateChanged up to index i. */
    private State expectedState(Side side, int i) {
        State s = State.CLOSED;
        for (int k = 0; k <= i; k++) {
            if (trace.get(k) instanceof TraceEvent.StateChanged sc && sc.side() == side) {
                s = sc.to();
            }
        }
        return s;
    }

    private int expectedArrowCount(int i) {
        int n = 0;
        for (int k = 0; k <= i; k++) {
            TraceEvent e = trace.get(k);
            if (e instanceof TraceEvent.SegmentSent || e instanceof TraceEvent.SegmentDuplicated) {
                n++;
            }
        }
        return n;
    }

    /** The labels of the arrow nodes drawn (visible), sorted: what is on screen. */
    private List<String> drawnLabels() {
        List<String> drawn = new ArrayList<>();
        for (Node n : view.diagram().lookupAll(".arrow")) {
            if (n.isVisible() && n instanceof ArrowNode a) {
                drawn.add(a.label.getText());
            }
        }
        drawn.sort(null);
        return drawn;
    }

    /** Zoomed out so that the whole fixture fits in the window: then every arrow is on screen. */
    private void fitFixture(FxRobot robot) {
        robot.interact(() -> model.zoomProperty().set(0.25));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheLaneHeadersAndStartingBadges(FxRobot robot) {
        load(robot, trace);
        assertEquals("CLOSED", badge(robot, Side.CLIENT));
        assertEquals("CLOSED", badge(robot, Side.SERVER));
        assertTrue(robot.lookup("#client-state-badge").query().getStyleClass().contains("state-badge"));
        assertNotNull(robot.lookup("10.0.0.1:49152").tryQuery().orElse(null));
        assertNotNull(robot.lookup("10.0.0.2:80").tryQuery().orElse(null));
        assertTrue(model.visibleArrows().isEmpty());
    }

    @Test
    void everyStepForwardUpdatesBadgesAndArrowsAndStepBackRestoresThemExactly(FxRobot robot) {
        Playback p = load(robot, trace);
        fitFixture(robot);
        record Seen(String client, String server, List<ArrowInfo> arrows, List<String> drawn) {
        }
        List<Seen> forward = new ArrayList<>();
        forward.add(new Seen(badge(robot, Side.CLIENT), badge(robot, Side.SERVER), List.copyOf(model.visibleArrows()),
                drawnLabels()));
        for (int i = 0; i < trace.size(); i++) {
            robot.interact(p::stepForward);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(expectedState(Side.CLIENT, i).name(), badge(robot, Side.CLIENT), "client badge at " + i);
            assertEquals(expectedState(Side.SERVER, i).name(), badge(robot, Side.SERVER), "server badge at " + i);
            int count = expectedArrowCount(i);
            assertEquals(count, model.visibleArrows().size(), "arrows at " + i);
            assertEquals(HandshakeFixture.RELATIVE_LABELS.subList(0, count),
                    model.visibleArrows().stream().map(ArrowInfo::label).toList());
            assertEquals(count, drawnLabels().size(), "every arrow sent so far is drawn at " + i);
            forward.add(new Seen(badge(robot, Side.CLIENT), badge(robot, Side.SERVER),
                    List.copyOf(model.visibleArrows()), drawnLabels()));
        }
        for (int i = trace.size() - 1; i >= 0; i--) {
            robot.interact(p::stepBack);
            WaitForAsyncUtils.waitForFxEvents();
            Seen now = new Seen(badge(robot, Side.CLIENT), badge(robot, Side.SERVER),
                    List.copyOf(model.visibleArrows()), drawnLabels());
            assertEquals(forward.get(i), now, "after stepping back to index " + (i - 1));
        }
    }

    @Test
    void theFinishedDiagramDrawsEveryArrowWithItsMarks(FxRobot robot) {
        Playback p = load(robot, trace);
        fitFixture(robot);
        robot.interact(() -> p.seekToTime(2900));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(drawnLabels().contains("SYN 0"));
        assertTrue(drawnLabels().contains("↻ SYN 0"), "the retransmission is marked: " + drawnLabels());
        ArrowNode lost = arrowNode(robot, 1);
        assertTrue(lost.getStyleClass().contains("dropped"));
        assertTrue(lost.mark.isVisible());
        assertEquals("✕", lost.mark.getText());
        assertFalse(lost.head.isVisible(), "a lost segment has no arrowhead");
        ArrowNode discarded = arrowNode(robot, 6);
        assertTrue(discarded.getStyleClass().contains("discarded"));
        assertEquals(List.of(false, true), List.of(arrowNode(robot, 2).getStyleClass().contains("dropped"),
                arrowNode(robot, 2).getStyleClass().contains("retransmission")));
        ArrowInfo info = model.visibleArrows().get(0);
        assertTrue(info.dropped());
        // arrow kinds get distinct style classes (colour and dash pattern come from lanes.css)
        assertTrue(arrowNode(robot, 3).getStyleClass().contains("arrow-syn"));
        assertTrue(arrowNode(robot, 4).getStyleClass().contains("arrow-ack"));
        assertTrue(arrowNode(robot, 5).getStyleClass().contains("arrow-data"));
        assertTrue(arrowNode(robot, 9).getStyleClass().contains("arrow-fin"));
    }

    @Test
    void aSegmentOnTheWireIsAFaintTrackWhoseGlyphAloneMoves(FxRobot robot) {
        Playback p = load(robot, trace);
        robot.interact(() -> p.seekToTime(1110));
        WaitForAsyncUtils.waitForFxEvents();
        ArrowNode flying = arrowNode(robot, 2);
        double[] track = {flying.line.getStartX(), flying.line.getStartY(), flying.line.getEndX(), flying.line.getEndY()};
        robot.interact(() -> p.seekToTime(1125));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(flying, arrowNode(robot, 2), "the same node draws it");
        assertTrue(flying.glyph.isVisible());
        assertFalse(flying.head.isVisible());
        assertEquals(ArrowNode.IN_FLIGHT_OPACITY, flying.line.getOpacity(), "drawn fainter while on the wire");
        double client = view.diagram().clientLaneXProperty().get();
        double server = view.diagram().serverLaneXProperty().get();
        assertEquals((client + server) / 2, flying.glyph.getBoundsInParent().getCenterX(), 1.0, "progress 0.5 puts the glyph half-way across");
        assertEquals(List.of(track[0], track[1], track[2], track[3]), List.of(flying.line.getStartX(),
                flying.line.getStartY(), flying.line.getEndX(), flying.line.getEndY()),
                "the track does not change while the segment flies (so a frame repaints only the glyph)");
        assertEquals(track[0] == client ? server : client, track[2], 0.5, "the track reaches the other lane");
        assertTrue(flying.glyph.isCache() && flying.glyph.getCenterX() == 0 && flying.glyph.getCenterY() == 0,
                "the glyph is a cached bitmap moved by its translation, not a circle drawn again where it now is");
    }

    @Test
    void followingALongTraceTurnsAPageInsteadOfScrollingWithEveryFrame(FxRobot robot) {
        Trace big = GeneratedTraces.bulk(4_000, 5);
        long middle = big.get(big.size() - 1).time() / 2;
        Playback p = load(robot, big);
        robot.interact(() -> p.seekToTime(middle));
        WaitForAsyncUtils.waitForFxEvents();
        LanesDiagram d = view.diagram();
        assertTrue(big.events().stream().filter(e -> e instanceof TraceEvent.SegmentSent).count()
                > LanesDiagram.PAGE_TURN_SEGMENTS, "a long trace");
        double h = d.getHeight();
        // past 85% of the height: the page turns so that the playhead is a quarter of the way down
        long t = middle;
        while (d.axis().y(t) <= d.scrollTop() + 0.86 * h) {
            t += 5;
        }
        long past = t;
        double before = d.scrollTop();
        robot.interact(() -> p.seekToTime(past));
        WaitForAsyncUtils.waitForFxEvents();
        // by whole bands of the landed arrows' canvas, so that those still in view are kept
        double band = LandedArrowCanvas.BAND_HEIGHT;
        assertEquals(0, (d.scrollTop() - before) % band, "the page turned by whole bands");
        assertEquals(0.25, (d.axis().y(past) - d.scrollTop()) / h, band / 2 / h, "where the playhead is after the turn");
        // then it moves down the page and the view holds still
        double top = d.scrollTop();
        while (d.axis().y(t + 5) < top + 0.8 * h) {
            t += 5;
        }
        long within = t;
        robot.interact(() -> p.seekToTime(within));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(d.axis().y(within) - top > 0.7 * h, "the playhead moved down the page");
        assertEquals(top, d.scrollTop(), 0.0, "the view did not move");
    }

    @Test
    void followingALessonSizedTraceScrollsWithThePlayheadKeepingItAt85Percent(FxRobot robot) {
        Playback p = load(robot, trace);
        robot.interact(() -> model.zoomProperty().set(4)); // taller than the view, still few arrows
        WaitForAsyncUtils.waitForFxEvents();
        LanesDiagram d = view.diagram();
        long end = trace.get(trace.size() - 1).time();
        long t = 0;
        while (t < end && d.axis().y(t) <= 0.9 * d.getHeight()) {
            t += 5;
        }
        long past = t;
        robot.interact(() -> p.seekToTime(past));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(trace.events().stream().filter(e -> e instanceof TraceEvent.SegmentSent).count()
                <= LanesDiagram.PAGE_TURN_SEGMENTS, "a lesson-sized trace");
        assertTrue(d.scrollTop() > 0, "it scrolled");
        assertEquals(0.85, (d.axis().y(past) - d.scrollTop()) / d.getHeight(), 0.01, "where the playhead is");
    }

    @Test
    void theAbsoluteToggleRelabelsTheArrows(FxRobot robot) {
        Playback p = load(robot, trace);
        fitFixture(robot);
        robot.interact(() -> p.seekToTime(3000));
        robot.interact(() -> model.absoluteNumbersProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(HandshakeFixture.ABSOLUTE_LABELS, model.visibleArrows().stream().map(ArrowInfo::label).toList());
        assertTrue(drawnLabels().contains("SYN,ACK 5000/1001"), drawnLabels().toString());
    }

    @Test
    void stateChangesAreWrittenOnTheirLanes(FxRobot robot) {
        Playback p = load(robot, trace);
        robot.interact(() -> p.seekToTime(2650));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> written = view.diagram().lookupAll(".state-change").stream()
                .filter(n -> n.getParent().isVisible()).map(n -> ((Label) n).getText()).toList();
        assertTrue(written.contains("→ FIN_WAIT_2"), written.toString());
        assertTrue(written.contains("→ CLOSE_WAIT"), written.toString());
        assertFalse(written.contains("→ LAST_ACK"), "not yet at 2650");
    }

    @Test
    void steppingOntoAStateChangeAtTheSameMillisecondWritesIt(FxRobot robot) {
        // a segment arrives and the state changes at the same millisecond: two events, one time
        int at = -1;
        for (int i = 1; i < trace.size() && at < 0; i++) {
            if (trace.get(i) instanceof TraceEvent.StateChanged && trace.get(i).time() == trace.get(i - 1).time()) {
                at = i;
            }
        }
        assertTrue(at > 0, "the fixture has a state change at the time of the event before it");
        TraceEvent.StateChanged change = (TraceEvent.StateChanged) trace.get(at);
        Playback p = load(robot, trace);
        int before = at - 1;
        robot.interact(() -> p.seekToIndex(before));
        WaitForAsyncUtils.waitForFxEvents();
        String text = "→ " + change.to().name();
        assertFalse(writtenStates().contains(text), "not written before it happens: " + writtenStates());
        robot.interact(p::stepForward); // the time does not move, only the event
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(writtenStates().contains(text), text + " written when stepped onto: " + writtenStates());
    }

    private List<String> writtenStates() {
        return view.diagram().lookupAll(".state-change").stream()
                .filter(n -> n.getParent().isVisible()).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void timersAreBracketsAndTheTimeWaitBandIsLabelledWithItsLength(FxRobot robot) {
        Playback p = load(robot, trace);
        robot.interact(() -> p.seekToTime(100_000));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> timerLabels = view.diagram().lookupAll(".timer-label").stream()
                .filter(n -> n.getParent().isVisible()).map(n -> ((Label) n).getText()).toList();
        assertTrue(timerLabels.contains("2MSL 240 s"), timerLabels.toString());
        List<String> breakLabels = view.diagram().lookupAll(".break-label").stream()
                .map(n -> ((Label) n).getText()).toList();
        assertTrue(breakLabels.stream().anyMatch(s -> s.matches("… 2[34]\\d s …")), breakLabels.toString());
    }

    @Test
    void theWordsOnTimersAndBreaksFollowTheLanguage(FxRobot robot) {
        Playback p = load(robot, trace);
        robot.interact(() -> p.seekToTime(100_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shownTexts(".timer-label").contains("2MSL 240 s"), shownTexts(".timer-label").toString());
        robot.interact(() -> model.localeProperty().set(java.util.Locale.KOREAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shownTexts(".timer-label").contains("2MSL 240초"), shownTexts(".timer-label").toString());
        assertTrue(shownTexts(".break-label").stream().anyMatch(s -> s.matches("… 2[34]\\d초 …")),
                shownTexts(".break-label").toString());
    }

    private List<String> shownTexts(String selector) {
        return view.diagram().lookupAll(selector).stream()
                .filter(n -> n.getParent().isVisible()).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void aRunningTimerIsDashed_andSolidOnceItHasEnded_withItsStyleClassesUnchanged(FxRobot robot) {
        Playback p = load(robot, trace);
        robot.interact(() -> p.seekToTime(100_000)); // TIME-WAIT runs 240 s (2MSL)
        WaitForAsyncUtils.waitForFxEvents();
        TimerNode running = timeWaitBracket();
        assertTrue(running.running());
        assertEquals(List.of(4.0, 3.0), ((Line) running.getChildren().get(0)).getStrokeDashArray());
        List<String> classes = List.copyOf(running.getStyleClass());
        robot.interact(() -> p.seekToTime(trace.get(trace.size() - 1).time()));
        WaitForAsyncUtils.waitForFxEvents();
        TimerNode ended = timeWaitBracket();
        assertFalse(ended.running());
        assertEquals(List.of(), ((Line) ended.getChildren().get(0)).getStrokeDashArray(), "solid once it has ended");
        assertEquals(classes, List.copyOf(ended.getStyleClass()), "drawn by code: no restyling, so no CSS pass");
    }

    private TimerNode timeWaitBracket() {
        return view.diagram().lookupAll(".timer-time-wait").stream()
                .filter(n -> n instanceof TimerNode && n.isVisible()).map(n -> (TimerNode) n).findFirst()
                .orElseThrow(() -> new AssertionError("no TIME-WAIT bracket shown"));
    }

    @Test
    void theDiagramShowsAFocusBorderWhenReachedByKeyboardOnly(FxRobot robot) {
        load(robot, trace);
        LanesDiagram d = view.diagram();
        robot.interact(d::requestFocus); // as a click on it, or the window's first focus, does
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(d.isFocused());
        assertTrue(d.getBorder() == null || d.getBorder().isEmpty(), "no border for focus that came from a click");
        robot.interact(() -> view.getParent().requestFocus());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(d.isFocused() && d.isFocusVisible(), "Tab reached the diagram");
        assertFalse(d.getBorder() == null || d.getBorder().isEmpty(), "a dashed border shows where the keyboard is");
    }

    @Test
    void arrowsAreSelectableByKeyboardAndMouse(FxRobot robot) {
        Playback p = load(robot, trace);
        robot.interact(() -> p.seekToTime(1500));
        robot.interact(() -> view.diagram().requestFocus());
        robot.type(KeyCode.DOWN);
        assertEquals(1, model.selectedSegmentIdProperty().get());
        robot.type(KeyCode.DOWN, 2);
        assertEquals(3, model.selectedSegmentIdProperty().get());
        robot.type(KeyCode.UP);
        assertEquals(2, model.selectedSegmentIdProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(arrowNode(robot, 2).getStyleClass().contains("selected"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, model.selectedSegmentIdProperty().get());
        ArrowNode fourth = arrowNode(robot, 4);
        robot.clickOn(fourth.label);
        assertEquals(4, model.selectedSegmentIdProperty().get());
    }

    @Test
    void aFiveThousandSegmentTraceCreatesOnlyTheArrowNodesItShows(FxRobot robot) {
        Trace big = GeneratedTraces.bulk(5_000, 20);
        Playback p = load(robot, big);
        robot.interact(() -> p.seekToIndex(big.size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5_000, model.visibleArrows().size());
        int bound = 400;
        assertTrue(view.diagram().arrowNodeCount() <= bound, "nodes: " + view.diagram().arrowNodeCount());
        // a long trace's landed arrows are painted, not nodes (LandedArrowCanvas)
        assertTrue(view.diagram().landedCanvas().drawnCount() > 10, "something is drawn at the end");
        // scroll through the whole diagram, then play through its middle: still bounded
        for (double f = 0; f <= 1.0; f += 0.1) {
            double frac = f;
            robot.interact(() -> view.diagram().scrollTo(frac * 1e9));
        }
        model.followPlaybackProperty().set(true);
        for (long t = 20_000; t < 22_000; t += 97) {
            long time = t;
            robot.interact(() -> p.seekToTime(time));
        }
        WaitForAsyncUtils.waitForFxEvents();
        int nodes = view.diagram().arrowNodeCount();
        assertTrue(nodes <= bound, "nodes after scrolling and playing: " + nodes);
        assertTrue(view.lookupAll(".arrow").size() <= bound);
    }

    @Test
    void followingPlaybackKeepsThePlayheadInView(FxRobot robot) {
        Trace big = GeneratedTraces.bulk(2_000, 20);
        Playback p = load(robot, big);
        robot.interact(() -> p.seekToTime(15_000));
        WaitForAsyncUtils.waitForFxEvents();
        double y = view.diagram().axis().y(15_000);
        double top = view.diagram().scrollTop();
        assertTrue(y >= top && y <= top + view.diagram().getHeight(), "playhead y " + y + " top " + top);
    }

    @Test
    void aThemeInTheScenesStylesheetsCanOverrideTheArrowColours(FxRobot robot) {
        Playback p = load(robot, trace);
        fitFixture(robot);
        robot.interact(() -> p.seekToTime(3000));
        WaitForAsyncUtils.waitForFxEvents();
        ArrowNode syn = arrowNode(robot, 2);
        assertEquals(javafx.scene.paint.Color.web("#0072B2"), syn.line.getStroke(), "lanes.css default");
        String theme = "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                ".lanes-view { -hl-syn: #ff0000; }".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        robot.interact(() -> view.getScene().getStylesheets().add(theme));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(javafx.scene.paint.Color.web("#ff0000"), syn.line.getStroke(),
                "a theme listed after lanes.css overrides its colours");
    }

    @Test
    void theDiagramsOwnWordsFollowTheLocale(FxRobot robot) {
        Playback p = load(robot, trace);
        robot.interact(() -> {
            model.localeProperty().set(java.util.Locale.ENGLISH);
            p.seekToTime(100_000);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(breakTexts().contains("… 240 s …"), breakTexts().toString());
        robot.interact(() -> model.localeProperty().set(java.util.Locale.KOREAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(breakTexts().contains("… 240초 …"), breakTexts().toString());
        robot.interact(() -> model.localeProperty().set(java.util.Locale.GERMAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(breakTexts().contains("… 240 s …"), "a language without a bundle falls back to English");
    }

    private List<String> breakTexts() {
        return view.diagram().lookupAll(".break-label").stream().filter(n -> n.getParent().isVisible())
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void steppingThroughDataRedrawsTheArrowsWithoutLayingOutTheParents(FxRobot robot) {
        // the middle of a bulk transfer: both ends ESTABLISHED, so the lane headers do not change
        // (a state badge whose text changes does lay out the headers, and so the parents)
        Trace bulk = GeneratedTraces.bulk(200, 20);
        Playback p = load(robot, bulk);
        robot.interact(() -> p.seekToTime(bulk.get(bulk.size() - 1).time() / 2));
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

    private ArrowNode arrowNode(FxRobot robot, int segmentId) {
        for (Node n : view.diagram().lookupAll(".arrow")) {
            if (n instanceof ArrowNode a && a.isVisible() && a.segmentId == segmentId) {
                return a;
            }
        }
        throw new AssertionError("no arrow node for segment " + segmentId);
    }
}
