package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.model.capture.EndpointAddresses;
import org.handshakelab.model.capture.PcapWriter;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.trace.Trace;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A packet capture opened from the main window is shown in the lanes and played like a lesson. */
@ExtendWith(ApplicationExtension.class)
class OpenCaptureTest {
    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Language.ENGLISH);
    }

    @Test
    void aCaptureOfTheHandshakeOpensInTheLanesAndStepsToEstablished(FxRobot robot) throws Exception {
        // the fixture lesson's own run, written as a pcap as Wireshark would read it
        Path pcap = dir.resolve("handshake.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            new PcapWriter(EndpointAddresses.of("10.0.0.1", 49152, "10.0.0.2", 80))
                    .write(window.player().playback().trace(), out);
        }
        robot.interact(() -> window.openCapture(pcap));
        WindowFixture.waitUntil(() -> window.capture() != null, "the capture loads");

        assertTrue(robot.lookup("#status-bar").queryAs(StatusBar.class).getText().startsWith("handshake.pcap"));
        assertEquals(-1, window.player().playback().eventIndexProperty().get());
        int size = window.player().playback().trace().size();
        for (int i = 0; i < size; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertEquals("ESTABLISHED", WindowFixture.badge(robot, Side.CLIENT));
        assertEquals("ESTABLISHED", WindowFixture.badge(robot, Side.SERVER));

        robot.interact(() -> window.openFile(window.session().open().file()));
        WindowFixture.waitUntil(() -> window.capture() == null, "opening a lesson replaces the capture");
        assertEquals(-1, window.player().playback().eventIndexProperty().get(), "from its start");
        assertEquals(FixtureLesson.ID, robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    @Test
    void aCapturesNotesAndLaneNamesFollowTheLanguage(FxRobot robot) throws Exception {
        // the fixture's run without its first two segments: the capture starts after the SYN and
        // SYN,ACK, so the observer must assume both sides ESTABLISHED, and says so in a note
        Trace run = window.player().playback().trace();
        List<TraceEvent> events = new ArrayList<>(run.events());
        for (int skipped = 0; skipped < 2; skipped++) { // the pcap holds the segments sent, nothing else
            events.remove(events.stream().filter(e -> e instanceof TraceEvent.SegmentSent).findFirst().orElseThrow());
        }
        Path pcap = dir.resolve("joined-late.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            new PcapWriter(EndpointAddresses.of("10.0.0.1", 49152, "10.0.0.2", 80))
                    .write(new Trace(events, run.clientIsn(), run.serverIsn()), out);
        }
        robot.interact(() -> window.openCapture(pcap));
        WindowFixture.waitUntil(() -> window.capture() != null, "the capture loads");

        String english = robot.lookup("#narration-text").queryAs(Label.class).getText();
        assertTrue(english.contains("The capture starts after the handshake"), english);
        assertEquals("Client", window.lanesModel().clientHeaderProperty().get().label());

        robot.interact(() -> window.i18n().setLanguage(Language.KOREAN));
        String korean = robot.lookup("#narration-text").queryAs(Label.class).getText();
        assertTrue(korean.contains("캡처가 핸드셰이크 이후에 시작됩니다"), korean);
        assertFalse(korean.contains("handshake"), "no English left in the Korean narration: " + korean);
        assertEquals("클라이언트", window.lanesModel().clientHeaderProperty().get().label());
        assertEquals("서버", window.lanesModel().serverHeaderProperty().get().label());
        assertEquals("10.0.0.2", window.lanesModel().serverHeaderProperty().get().address(), "addresses stay");
    }
}
