package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.model.capture.EndpointAddresses;
import org.handshakelab.model.capture.PcapWriter;
import org.handshakelab.model.tcp.Side;
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
}
