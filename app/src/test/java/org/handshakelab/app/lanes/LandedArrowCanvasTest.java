package org.handshakelab.app.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.handshakelab.app.testsupport.GeneratedTraces;
import org.handshakelab.app.testsupport.HandshakeFixture;
import org.handshakelab.model.playback.Playback;
import org.handshakelab.model.playback.SegmentLife;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long trace's landed arrows are painted on the canvas (LandedArrowCanvas) instead of being nodes:
 * these check that they are there, look like the nodes would, can be clicked and hovered, and go
 * away when the time goes back; and that a lesson-sized trace still gets a node per arrow.
 */
@ExtendWith(ApplicationExtension.class)
class LandedArrowCanvasTest {
    /** 2,000 segments, 20 ms apart: a long trace (more than LanesDiagram.PAGE_TURN_SEGMENTS). */
    private final Trace bulk = GeneratedTraces.bulk(2_000, 20);
    private LanesViewModel model;
    private LanesView view;

    @Start
    void start(Stage stage) {
        model = HandshakeFixture.lanesModel();
        view = new LanesView(model);
        stage.setScene(new Scene(new StackPane(view), 1200, 760));
        stage.show();
    }

    private Playback play(FxRobot robot, Trace trace, long time) {
        Playback p = new Playback(trace);
        robot.interact(() -> {
            model.playbackProperty().set(p);
            p.seekToTime(time);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return p;
    }

    private LandedArrowCanvas canvas() {
        return view.diagram().landedCanvas();
    }

    /** Arrow nodes showing a segment (the canvas's styled prototypes show none). */
    private long arrowNodesShown() {
        return view.diagram().lookupAll(".arrow").stream()
                .filter(n -> n instanceof ArrowNode a && a.isVisible() && a.segmentId >= 0).count();
    }

    /** The first data segment (client to server) that has landed by {@code time} and whose arrow is in view. */
    private int landedInView(Playback p, long time) {
        LanesDiagram d = view.diagram();
        for (int k = 0; k < p.index().segments().size(); k++) {
            SegmentLife life = p.index().segments().get(k);
            double y = d.axis().y(life.sentAt()) - d.scrollTop();
            if (life.sender() == Side.CLIENT && life.endsAt() < time && y > 40 && y < d.getHeight() - 40) {
                return k;
            }
        }
        throw new AssertionError("no landed arrow in view");
    }

    /** A point {@code along} the way down arrow k (0 at the sender), in the diagram's coordinates. */
    private double[] pointOn(int k, double along) {
        double[] line = view.diagram().arrowLineInView(k);
        return new double[] {line[0] + (line[2] - line[0]) * along, line[1] + (line[3] - line[1]) * along};
    }

    @Test
    void longTrace_landedArrowsArePainted_andOnlyThoseInFlightAreNodes(FxRobot robot) {
        Playback p = play(robot, bulk, 20_000);
        int painted = canvas().drawnCount();
        assertTrue(painted > 30, "landed arrows in view are on the canvas: " + painted);
        // bulk(…, 20): a segment every 20 ms, 50 ms each way, so about 5 are on the wire at a time
        long inFlight = p.inFlight().size();
        assertTrue(arrowNodesShown() <= inFlight + 1, "nodes " + arrowNodesShown() + " for " + inFlight + " in flight");
    }

    @Test
    void longTrace_openingItMakesStyledNodesForTheArrowsInFlight_soPlayingMakesNone(FxRobot robot) {
        Playback p = play(robot, bulk, 0);
        LanesDiagram d = view.diagram();
        int made = d.arrowNodeCount();
        assertTrue(made > 0, "spare arrow nodes are made when the trace is opened");
        assertTrue(d.lookupAll(".arrow-data").stream().anyMatch(n -> n instanceof ArrowNode a && a.segmentId < 0
                && !a.isVisible() && a.getParent().getParent() != canvas().prototypes()), "data-styled spares, hidden");
        for (long t = 10_000; t < 11_000; t += 16) { // a second of playing, a frame at a time
            long time = t;
            robot.interact(() -> p.seekToTime(time));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(arrowNodesShown() > 0, "arrows in flight are shown with nodes");
        assertEquals(made, d.arrowNodeCount(), "and none was made while playing");
    }

    @Test
    void longTrace_thePaintedArrowHasItsNodesColour(FxRobot robot) {
        Playback p = play(robot, bulk, 20_000);
        int k = landedInView(p, 20_000);
        assertTrue(canvas().has(k));
        // the data segments are client to server, drawn thick (5 px) in -hl-data (lanes.css)
        int found = pixelsAlong(robot, k, Color.web("#E69F00"));
        assertTrue(found >= 5, "the painted data arrow shows -hl-data along its line: " + found + " pixels");
    }

    /** How many pixels along arrow k (and up to 2 px beside its line) have {@code colour}. */
    private int pixelsAlong(FxRobot robot, int k, Color colour) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.diagram().snapshot(null, null));
        int found = 0;
        // other arrows' labels (on a translucent white) cover parts of it: look along its length
        for (double along = 0.1; along < 0.95; along += 0.05) {
            double[] at = pointOn(k, along);
            for (int dy = -2; dy <= 2; dy++) {
                if (distance(shot[0].getPixelReader().getColor((int) at[0], (int) Math.round(at[1]) + dy), colour) < 0.1) {
                    found++;
                }
            }
        }
        return found;
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void longTrace_clickingAPaintedArrowSelectsIt_andTheSelectedOneBecomesANode(FxRobot robot) {
        // long (over 200 segments) but sparse, so that an arrow has stretches no other one crosses
        Playback p = play(robot, GeneratedTraces.bulk(400, 200), 20_000);
        LanesDiagram d = view.diagram();
        robot.interact(() -> { // the playhead near the bottom, so the view is full of landed arrows
            model.followPlaybackProperty().set(false);
            d.scrollTo(d.axis().y(20_000) - 0.9 * d.getHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        int k = landedInView(p, 20_000);
        double[] point = clearPointOn(p, k);
        robot.clickOn(view.diagram().localToScreen(point[0], point[1]));
        WaitForAsyncUtils.waitForFxEvents();
        int id = p.index().segments().get(k).id();
        assertEquals(id, model.selectedSegmentIdProperty().get());
        assertTrue(view.diagram().lookupAll(".arrow").stream()
                .anyMatch(n -> n instanceof ArrowNode a && a.isVisible() && a.segmentId == id
                        && a.getStyleClass().contains("selected")), "the selected arrow is a node, styled selected");
        assertTrue(!canvas().has(k), "and no longer painted");
    }

    @Test
    void longTrace_restingOnAPaintedArrowGivesItsTooltip_andMovingOffTakesItAway(FxRobot robot) {
        Playback p = play(robot, GeneratedTraces.bulk(400, 200), 20_000);
        LanesDiagram d = view.diagram();
        robot.interact(() -> {
            model.followPlaybackProperty().set(false);
            d.scrollTo(d.axis().y(20_000) - 0.9 * d.getHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(tooltipOf(d), "no tooltip is made before the pointer rests on a painted arrow");
        int k = landedInView(p, 20_000);
        double[] point = clearPointOn(p, k);
        robot.moveTo(d.localToScreen(point[0], point[1]));
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tip = tooltipOf(d);
        assertNotNull(tip, "resting on the painted arrow installs a tooltip on the diagram");
        assertTrue(tip.getText().startsWith(model.visibleArrows().get(k).label()),
                "it describes that arrow: " + tip.getText());
        robot.moveTo(d.localToScreen(5, 5)); // the empty corner, left of the client lane
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(tooltipOf(d), "off the arrows, the diagram has no tooltip");
    }

    /** The tooltip Tooltip.install put on {@code node}, if any (it keeps it in the node's properties). */
    private static Tooltip tooltipOf(Node node) {
        return (Tooltip) node.getProperties().get("javafx.scene.control.Tooltip");
    }

    /** A point on arrow k that no other painted arrow passes within 8 px of (arrows cross in a bulk transfer). */
    /** A painted arrow and a point on it in view, clear of the others: {k, x, y}. */
    private double[] paintedPointInView(Playback p) {
        double height = view.diagram().getHeight();
        for (int k = 0; k < p.index().segments().size(); k++) {
            if (!canvas().has(k)) {
                continue;
            }
            for (double along = 0.05; along < 0.95; along += 0.02) {
                double[] at = pointOn(k, along);
                if (at[1] > 8 && at[1] < height - 8 && clearOfOthers(p, k, at)) {
                    return new double[] {k, at[0], at[1]};
                }
            }
        }
        throw new AssertionError("no painted arrow in view with a point clear of the others");
    }

    private boolean clearOfOthers(Playback p, int k, double[] at) {
        for (int other = 0; other < p.index().segments().size(); other++) {
            if (other != k && canvas().has(other)) {
                double[] l = view.diagram().arrowLineInView(other);
                if (LandedArrowCanvas.distanceToSegment(at[0], at[1], l[0], l[1], l[2], l[3]) <= 8) {
                    return false;
                }
            }
        }
        return true;
    }

    private double[] clearPointOn(Playback p, int k) {
        for (double along = 0.05; along < 0.95; along += 0.02) {
            double[] at = pointOn(k, along);
            if (clearOfOthers(p, k, at)) {
                return at;
            }
        }
        throw new AssertionError("arrow " + k + " has no point clear of the others");
    }

    @Test
    void longTrace_steppingBackUnpaintsWhatHadNotLandedYet(FxRobot robot) {
        Playback p = play(robot, bulk, 20_000);
        int later = canvas().drawnCount();
        robot.interact(() -> p.seekToTime(19_000));
        WaitForAsyncUtils.waitForFxEvents();
        int earlier = canvas().drawnCount();
        assertTrue(earlier < later, "fewer arrows had landed a second earlier: " + earlier + " vs " + later);
        int expected = 0;
        LanesDiagram d = view.diagram();
        for (SegmentLife life : p.index().segments()) {
            double y = d.axis().y(life.sentAt());
            if (life.endIndex() <= p.getEventIndex() && y > d.scrollTop() - 200 && y < d.scrollTop() + d.getHeight() + 60) {
                expected++;
            }
        }
        assertTrue(earlier <= expected, "only arrows landed by now are painted: " + earlier + " of at most " + expected);
    }

    @Test
    void longTrace_aNewThemeRepaintsInItsColours(FxRobot robot) {
        Playback p = play(robot, bulk, 20_000);
        int k = landedInView(p, 20_000);
        ArrowPaint before = canvasPaintOfData();
        String theme = "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                ".lanes-view { -hl-data: #ff0000; }".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        robot.interact(() -> view.getScene().getStylesheets().add(theme));
        robot.interact(() -> model.zoomProperty().set(model.zoomProperty().get())); // a pulse
        WaitForAsyncUtils.waitForFxEvents();
        ArrowPaint after = canvasPaintOfData();
        assertNotEquals(before.stroke(), after.stroke());
        assertEquals(Color.web("#ff0000"), after.stroke());
        assertTrue(pixelsAlong(robot, k, Color.web("#ff0000")) >= 5, "the painted arrows were drawn again in red");
    }

    private ArrowPaint canvasPaintOfData() {
        for (Node n : canvas().prototypes().getChildren()) {
            ArrowNode a = (ArrowNode) n;
            if (a.getStyleClass().contains("arrow-data") && a.getStyleClass().size() == 2) {
                return ArrowPaint.of(a);
            }
        }
        throw new AssertionError("no prototype for data arrows");
    }

    @Test
    void longTrace_aPageTurnKeepsTheBandsStillInView_andShowsWhatDrawingItAfreshWould(FxRobot robot) {
        // long but sparse, so that an arrow has stretches no other one crosses (to pick it)
        Playback p = play(robot, GeneratedTraces.bulk(400, 200), 20_000);
        LanesDiagram d = view.diagram();
        double topBefore = d.scrollTop();
        Canvas[] bandsBefore = canvas().bands().clone();
        long time = 20_000;
        while (d.scrollTop() == topBefore && time < 25_000) { // play on, a frame at a time, to the next page turn
            bandsBefore = canvas().bands().clone();
            long t = time += 16;
            robot.interact(() -> p.seekToTime(t));
        }
        WaitForAsyncUtils.waitForFxEvents();
        double turned = d.scrollTop() - topBefore;
        assertTrue(turned > 0 && turned % LandedArrowCanvas.BAND_HEIGHT == 0,
                "following playback turned the page by whole bands: " + turned + " px");
        int shift = (int) (turned / LandedArrowCanvas.BAND_HEIGHT);
        Canvas[] bandsAfter = canvas().bands();
        assertTrue(shift < bandsAfter.length, "part of the page stays in view");
        for (int i = 0; i + shift < bandsAfter.length; i++) {
            assertSame(bandsBefore[i + shift], bandsAfter[i], "band " + (i + shift) + " moved up " + shift + " places, kept");
        }
        // an arrow painted before the turn, on a kept band, is still picked where it now shows (any
        // part of it in view: after a turn only the top quarter of the page has landed arrows, and
        // where the turn falls decides whether one starts in it)
        double[] painted = paintedPointInView(p);
        int k = (int) painted[0];
        assertTrue(canvas().has(k));
        assertEquals(k, canvas().arrowAt(painted[1], painted[2], 3));

        WritableImage kept = snapshot(robot);
        robot.interact(() -> {
            canvas().invalidate(); // everything cleared and drawn again at the same place
            d.requestLayout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage afresh = snapshot(robot);
        assertEquals(0, differingPixels(kept, afresh), "the kept bands and the fresh ones show the same picture");
    }

    @Test
    void aMoveDownByWholeBands_drawsAnArrowAlreadyPaintedIntoTheBandsComingIn(FxRobot robot) {
        int style = ArrowNode.styleKey("arrow-data", false, false, false, false);
        WritableImage[] shots = new WritableImage[2];
        robot.interact(() -> {
            LandedArrowCanvas moved = styledCanvas();
            moved.begin(0, 300, 300, 320, 0); // five bands, lanes at the sides
            moved.prototype(style, "arrow-data", false, false, false);
            // content coordinates: from y 20 down to 420, below the view
            moved.draw(1, style, 50, 20, 250, 420, ArrowNode.End.HEAD, "DATA", "✕", Double.NaN);
            moved.begin(0, 300, 300, 320, 128); // two bands down: three kept, two come in, and the arrow reaches them
            assertTrue(moved.needsDrawing(1), "bands came in that a painted arrow may reach");
            moved.draw(1, style, 50, 20, 250, 420, ArrowNode.End.HEAD, "DATA", "✕", Double.NaN);
            shots[0] = moved.snapshot(null, null);

            LandedArrowCanvas afresh = styledCanvas();
            afresh.begin(0, 300, 300, 320, 128);
            afresh.prototype(style, "arrow-data", false, false, false);
            afresh.draw(1, style, 50, 20, 250, 420, ArrowNode.End.HEAD, "DATA", "✕", Double.NaN);
            shots[1] = afresh.snapshot(null, null);
        });
        assertTrue(opaquePixelsBelow(shots[1], 192) > 100, "the arrow shows in the two bands that came in");
        assertEquals(0, differingPixels(shots[0], shots[1]), "moved bands plus the new ones show what one fresh drawing does");
    }

    @Test
    void longTrace_theBandsSpanTheLanesAndWhatTheArrowsReach_notTheDiagramsWholeWidth(FxRobot robot) {
        play(robot, bulk, 20_000);
        LanesDiagram d = view.diagram();
        Canvas[] bands = canvas().bands();
        double left = canvas().bandsLeft();
        double right = left + bands[0].getWidth();
        double laneLeft = Math.min(d.clientLaneXProperty().get(), d.serverLaneXProperty().get());
        double laneRight = Math.max(d.clientLaneXProperty().get(), d.serverLaneXProperty().get());
        assertTrue(left > 0 && right < d.getWidth(), "bands from x " + left + " to " + right + " in a diagram "
                + d.getWidth() + " wide");
        assertTrue(left < laneLeft && right > laneRight, "they reach past both lanes (" + laneLeft + ", " + laneRight + ")");
        assertTrue(canvas().drawnCount() > 30, "and the arrows are painted on them");
    }

    @Test
    void aLabelReachingBeyondTheBands_widensThem_andThePictureIsWhatFullWidthBandsShow(FxRobot robot) {
        int style = ArrowNode.styleKey("arrow-data", false, false, false, false);
        String label = "a label far wider than the start of its arrow";
        WritableImage[] shots = new WritableImage[2];
        boolean[] widened = new boolean[3];
        robot.interact(() -> {
            LandedArrowCanvas narrow = styledCanvas();
            narrow.prototype(style, "arrow-data", false, false, false);
            narrow.begin(120, 280, 400, 320, 0); // lanes at 120 and 280 of a view 400 wide
            double firstWidth = narrow.bands()[0].getWidth();
            // its label's centre is 15% along: the label reaches well left of the lane at 120
            narrow.draw(1, style, 120, 40, 280, 90, ArrowNode.End.HEAD, label, "✕", 0.15);
            widened[0] = narrow.takeWidened();
            widened[1] = narrow.bands()[0].getWidth() > firstWidth && narrow.drawnCount() == 0;
            narrow.draw(1, style, 120, 40, 280, 90, ArrowNode.End.HEAD, label, "✕", 0.15); // the owner's pass again
            widened[2] = narrow.takeWidened();
            shots[0] = viewport(narrow, 400, 320);

            LandedArrowCanvas full = styledCanvas();
            full.prototype(style, "arrow-data", false, false, false);
            full.begin(0, 400, 400, 320, 0); // lanes at the view's sides: the bands are the whole width
            full.draw(1, style, 120, 40, 280, 90, ArrowNode.End.HEAD, label, "✕", 0.15);
            shots[1] = viewport(full, 400, 320);
        });
        assertTrue(widened[0], "drawing the arrow said the bands had to widen");
        assertTrue(widened[1], "they widened, and were cleared for the owner to draw everything again");
        assertTrue(!widened[2], "the second time the arrow fits");
        assertTrue(opaquePixelsLeftOf(shots[0], 110) > 50, "the label shows left of the lane");
        assertEquals(0, differingPixels(shots[0], shots[1]), "narrow bands show what bands of the whole width do");
    }

    /** What {@code canvas}'s host shows from (0, 0), {@code width} x {@code height}, on white. */
    private static WritableImage viewport(LandedArrowCanvas canvas, int width, int height) {
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setViewport(new javafx.geometry.Rectangle2D(0, 0, width, height));
        params.setFill(Color.WHITE);
        return canvas.getParent().snapshot(params, null);
    }

    private static int opaquePixelsLeftOf(WritableImage image, int x1) {
        int found = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < x1; x++) {
                if (distance(image.getPixelReader().getColor(x, y), Color.WHITE) > 0.3) {
                    found++;
                }
            }
        }
        return found;
    }

    /**
     * The dashes tell the kinds apart without colour: a long trace gives them up in flight only while
     * it plays quickly (each track then flies for a frame or two); paused or stepped, they show.
     */
    @Test
    void longTrace_tracksInFlightAreDashedWhilePaused_andSolidOnlyWhilePlayingQuickly(FxRobot robot) {
        play(robot, bulk, 20_000);
        java.util.function.Supplier<java.util.List<java.util.List<Double>>> inFlightDashes = () ->
                view.diagram().lookupAll(".arrow").stream()
                        .filter(n -> n instanceof ArrowNode a && a.isVisible() && a.segmentId >= 0 && a.glyph.isVisible()
                                && a.getStyleClass().contains("arrow-ack")) // ACKs are dotted; data arrows solid
                        .map(n -> java.util.List.copyOf(((ArrowNode) n).line.getStrokeDashArray())).toList();
        java.util.List<java.util.List<Double>> paused = inFlightDashes.get();
        assertFalse(paused.isEmpty(), "ACKs in flight at 20 s");
        assertTrue(paused.stream().allMatch(d -> d.equals(java.util.List.of(2.0, 4.0))), "paused: every ACK in flight dotted " + paused);

        robot.interact(() -> model.quickPlaybackProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<java.util.List<Double>> quick = inFlightDashes.get();
        assertTrue(!quick.isEmpty() && quick.stream().allMatch(java.util.List::isEmpty), "played quickly: solid " + quick);

        robot.interact(() -> model.quickPlaybackProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, inFlightDashes.get(), "paused again: the dashes are back");
    }

    @Test
    void solidInFlight_aTrackInFlightIsSolid_andGetsItsDashesWhenItLands_orIsRestyled(FxRobot robot) {
        java.util.List<java.util.List<Double>> seen = new java.util.ArrayList<>();
        robot.interact(() -> {
            ArrowNode node = styledArrow();
            node.style("arrow-ack", false, false, false, true, false);
            seen.add(java.util.List.copyOf(node.line.getStrokeDashArray())); // 0: as styled
            node.place(0, 0, 300, 40, 0.5, ArrowNode.End.HEAD, "ACK 1", "✕", Double.NaN, true, true);
            seen.add(java.util.List.copyOf(node.line.getStrokeDashArray())); // 1: in flight, long trace
            node.style("arrow-ack", false, false, false, false, false);
            node.place(0, 0, 300, 40, 1, ArrowNode.End.HEAD, "ACK 1", "✕", Double.NaN, true, true);
            seen.add(java.util.List.copyOf(node.line.getStrokeDashArray())); // 2: landed
            node.place(0, 0, 300, 40, 0.5, ArrowNode.End.HEAD, "ACK 1", "✕", Double.NaN, true, true);
            node.style("arrow-ack", true, false, false, true, false); // restyled in flight: a retransmission
            node.place(0, 0, 300, 40, 1, ArrowNode.End.HEAD, "ACK 1", "✕", Double.NaN, true, true);
            seen.add(java.util.List.copyOf(node.line.getStrokeDashArray())); // 3: landed, retransmission's dashes
            node.place(0, 0, 300, 40, 0.5, ArrowNode.End.HEAD, "ACK 1", "✕", Double.NaN, false, false);
            seen.add(java.util.List.copyOf(node.line.getStrokeDashArray())); // 4: in flight, lesson-sized trace
        });
        assertEquals(java.util.List.of(2.0, 4.0), seen.get(0), "the stylesheet dots ACK arrows");
        assertEquals(java.util.List.of(), seen.get(1), "in flight in a long trace the track is solid");
        assertEquals(java.util.List.of(2.0, 4.0), seen.get(2), "landed, it is dotted again");
        assertEquals(java.util.List.of(14.0, 4.0, 3.0, 4.0, 3.0, 4.0), seen.get(3),
                "restyled while solid, it lands with its new style's dashes");
        assertEquals(seen.get(3), seen.get(4), "in a lesson-sized trace a track in flight keeps its dashes");
    }

    /** An arrow node styled by the lanes stylesheet, as in a lanes view. */
    private static ArrowNode styledArrow() {
        ArrowNode node = new ArrowNode();
        javafx.scene.Group host = new javafx.scene.Group(node);
        host.getStyleClass().add("lanes-view");
        Scene scene = new Scene(host, 300, 320);
        scene.getStylesheets().add(LanesView.STYLESHEET);
        node.applyCss();
        return node;
    }

    /** A canvas whose prototypes are styled by the lanes stylesheet, as in a lanes view. */
    private static LandedArrowCanvas styledCanvas() {
        LandedArrowCanvas canvas = new LandedArrowCanvas();
        javafx.scene.Group host = new javafx.scene.Group(canvas, canvas.prototypes());
        host.getStyleClass().add("lanes-view");
        Scene scene = new Scene(host, 300, 320);
        scene.getStylesheets().add(LanesView.STYLESHEET);
        return canvas;
    }

    private static int opaquePixelsBelow(WritableImage image, int y0) {
        int found = 0;
        for (int y = y0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = image.getPixelReader().getColor(x, y);
                if (c.getOpacity() > 0.5 && distance(c, Color.WHITE) > 0.3) {
                    found++;
                }
            }
        }
        return found;
    }

    @Test
    void longTrace_aScrollToAFractionOfAPixel_showsTheCanvasAtAWholePixel(FxRobot robot) {
        play(robot, bulk, 20_000);
        LanesDiagram d = view.diagram();
        robot.interact(() -> {
            model.followPlaybackProperty().set(false);
            d.scrollTo(1234.4);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the canvas sits at the scroll position inside the content, which is moved up by as much
        assertEquals(1234, canvas().getLayoutY(), 0.0, "bitmaps at a fractional offset are filtered: blurred and slower");
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.diagram().snapshot(null, null));
        return shot[0];
    }

    /** How many pixels differ by more than one step of 255 in any channel (rounding of the same drawing). */
    private static int differingPixels(WritableImage a, WritableImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int p = a.getPixelReader().getArgb(x, y);
                int q = b.getPixelReader().getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > 1) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }

    @Test
    void longTrace_labelsOfItsShallowArrowsAreLevel_whileALessonSizedTracesAreTurnedAlongThem(FxRobot robot) {
        Playback p = play(robot, bulk, 20_000);
        java.util.List<Double> longTrace = labelRotations();
        assertTrue(!longTrace.isEmpty(), "arrows in flight show labels");
        assertTrue(longTrace.stream().allMatch(r -> r == 0), "level in a long trace: " + longTrace);
        assertTrue(p.inFlight().size() > 0);

        play(robot, HandshakeFixture.trace(), 3_000);
        java.util.List<Double> lessonSized = labelRotations();
        assertTrue(!lessonSized.isEmpty() && lessonSized.stream().allMatch(r -> r != 0),
                "turned along their arrows in a lesson-sized trace: " + lessonSized);
    }

    /** The rotations of the labels shown on arrow nodes. */
    private java.util.List<Double> labelRotations() {
        return view.diagram().lookupAll(".arrow").stream()
                .filter(n -> n instanceof ArrowNode a && a.isVisible() && a.segmentId >= 0 && a.label.isVisible())
                .map(n -> ((ArrowNode) n).label.getRotate()).toList();
    }

    @Test
    void lessonSizedTrace_keepsANodePerArrow_andPaintsNothing(FxRobot robot) {
        play(robot, HandshakeFixture.trace(), 3_000);
        assertEquals(0, canvas().drawnCount());
        assertTrue(arrowNodesShown() > 3);
    }

    @Test
    void distanceToSegment_isToTheNearestPointOfTheSegment() {
        assertEquals(5, LandedArrowCanvas.distanceToSegment(5, 5, 0, 0, 10, 0), 1e-9);
        assertEquals(5, LandedArrowCanvas.distanceToSegment(-3, 4, 0, 0, 10, 0), 1e-9, "beyond the start: to the end point");
        assertEquals(0, LandedArrowCanvas.distanceToSegment(2, 2, 0, 0, 4, 4), 1e-9);
    }
}
