package org.handshakelab.app.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.handshakelab.app.testsupport.HandshakeFixture;
import org.handshakelab.model.playback.Playback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the fixture midway through its four-way close at 1400x900 (a scene without a window:
 * Monocle's headless screen is smaller) and writes it to {@code target/lanes-view-snapshot.png}, so
 * that people can look at it.
 */
@ExtendWith(ApplicationExtension.class)
class LanesSnapshotTest {

    private static Integer selectBeforeRendering;

    @Start
    void start(Stage stage) {
        // the toolkit is all this test needs
    }

    @Test
    void theDiagramRendersInColourAndIsWrittenToAPng(FxRobot robot) throws IOException {
        int[] argb = render(robot, 2725, -1, "lanes-view-snapshot.png"); // the server's FIN half-way across
        assertTrue(count(argb, 0x009E73) > 50, "ACK arrows in Okabe-Ito bluish green are drawn");
        assertTrue(count(argb, 0xCC79A7) > 50, "FIN arrows in reddish purple are drawn");
        assertTrue(count(argb, 0x1a1a1a) > 200, "text is drawn");
    }

    @Test
    void theFinishedHandshakeIsWrittenToAPng(FxRobot robot) throws IOException {
        selectBeforeRendering = 3; // the SYN,ACK, highlighted
        int[] argb = render(robot, 300_000, 0, "lanes-view-finished.png");
        selectBeforeRendering = null;
        assertTrue(count(argb, 0x0072B2) > 50, "SYN arrows in Okabe-Ito blue are drawn");
        assertTrue(count(argb, 0xD55E00) > 20, "the lost SYN's cross in vermillion is drawn");
    }

    @Test
    void bundledLessonsAreWrittenToPngs(FxRobot robot) throws IOException {
        for (String id : java.util.List.of("lost-final-ack", "old-duplicate-in-time-wait", "simultaneous-open")) {
            org.handshakelab.lessons.LoadedLesson lesson = org.handshakelab.app.testsupport.BundledTraces.load(id);
            int[] argb = render(robot, lesson.result().trace(),
                    org.handshakelab.app.testsupport.BundledTraces.header(lesson, lesson.scenario().client()),
                    org.handshakelab.app.testsupport.BundledTraces.header(lesson, lesson.scenario().server()),
                    Long.MAX_VALUE / 4, 0, "lanes-lesson-" + id + ".png");
            assertTrue(count(argb, 0x1a1a1a) > 200, id + ": text is drawn");
        }
    }

    @Test
    void theProjectorThemeScalesTheDiagram(FxRobot robot) throws IOException {
        String theme = LanesSnapshotTest.class.getResource("/org/handshakelab/app/css/theme-projector.css") == null ? null
                : LanesSnapshotTest.class.getResource("/org/handshakelab/app/css/theme-projector.css").toExternalForm();
        org.junit.jupiter.api.Assumptions.assumeTrue(theme != null, "theme-projector.css not merged yet");
        int[] argb = render(robot, HandshakeFixture.trace(), HandshakeFixture.CLIENT_HEADER,
                HandshakeFixture.SERVER_HEADER, 2725, -1, "lanes-view-projector.png", theme);
        assertTrue(count(argb, 0x000000) > 1400 * 900 / 2, "the projector's black page");
    }

    @Test
    void aDenseTraceIsWrittenToAPng(FxRobot robot) throws IOException {
        int[] argb = render(robot, org.handshakelab.app.testsupport.GeneratedTraces.bulk(5_000, 20),
                HandshakeFixture.CLIENT_HEADER, HandshakeFixture.SERVER_HEADER, 30_000, -1, "lanes-view-dense.png");
        assertTrue(count(argb, 0xE69F00) > 500, "data arrows in orange are drawn");
    }

    @Test
    void fullHeightShowsTheWholeDiagramWithoutScrolling(FxRobot robot) {
        robot.interact(() -> {
            LanesViewModel model = new LanesViewModel();
            model.followPlaybackProperty().set(false);
            Playback playback = new Playback(HandshakeFixture.trace());
            model.playbackProperty().set(playback);
            playback.seekToIndex(playback.trace().size() - 1);
            LanesView view = new LanesView(model);
            Scene scene = new Scene(view, 1000, 500);
            view.applyCss();
            view.layout();
            double full = view.fullHeight();
            assertTrue(full > 500, "the fixture needs more than 500 px: " + full);
            view.resize(1000, full);
            view.layout();
            view.layout();
            java.util.List<String> drawn = view.diagram().lookupAll(".arrow").stream().filter(javafx.scene.Node::isVisible)
                    .map(n -> ((ArrowNode) n).label.getText()).toList();
            assertEquals(HandshakeFixture.RELATIVE_LABELS.size(), drawn.size(), "every arrow drawn: " + drawn);
            assertEquals(0, view.diagram().scrollTop());
            assertNotNull(scene);
        });
    }

    private static int[] render(FxRobot robot, long time, double scrollTop, String name) throws IOException {
        return render(robot, HandshakeFixture.trace(), HandshakeFixture.CLIENT_HEADER, HandshakeFixture.SERVER_HEADER,
                time, scrollTop, name);
    }

    private static int[] render(FxRobot robot, org.handshakelab.model.trace.Trace trace, LaneHeader client,
                                LaneHeader server, long time, double scrollTop, String name) throws IOException {
        return render(robot, trace, client, server, time, scrollTop, name, null);
    }

    /** Renders the fixture at {@code time}, scrolled to {@code scrollTop} (negative: following playback). */
    private static int[] render(FxRobot robot, org.handshakelab.model.trace.Trace trace, LaneHeader client,
                                LaneHeader server, long time, double scrollTop, String name, String theme)
            throws IOException {
        AtomicReference<int[]> pixels = new AtomicReference<>();
        int width = 1400;
        int height = 900;
        robot.interact(() -> {
            LanesViewModel model = new LanesViewModel();
            model.clientHeaderProperty().set(client);
            model.serverHeaderProperty().set(server);
            Playback playback = new Playback(trace);
            model.playbackProperty().set(playback);
            model.followPlaybackProperty().set(scrollTop < 0);
            model.selectedSegmentIdProperty().set(selectBeforeRendering);
            playback.seekToTime(time);
            LanesView view = new LanesView(model);
            Scene scene = new Scene(view, width, height);
            if (theme != null) {
                scene.getStylesheets().add(theme);
            }
            for (int pass = 0; pass < 3; pass++) { // the headers follow the lanes' positions
                view.applyCss();
                view.layout();
                if (scrollTop >= 0) {
                    view.diagram().scrollTo(scrollTop);
                }
            }
            WritableImage image = scene.snapshot(null);
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            pixels.set(argb);
        });
        int[] argb = pixels.get();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
        return argb;
    }

    private static int count(int[] argb, int rgb) {
        int n = 0;
        for (int p : argb) {
            int r = (p >> 16) & 0xff;
            int g = (p >> 8) & 0xff;
            int b = p & 0xff;
            if (Math.abs(r - ((rgb >> 16) & 0xff)) < 12 && Math.abs(g - ((rgb >> 8) & 0xff)) < 12
                    && Math.abs(b - (rgb & 0xff)) < 12) {
                n++;
            }
        }
        return n;
    }
}
