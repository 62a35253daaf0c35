package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.model.tcp.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as the application starts it: the bundled three-way handshake lesson. */
@ExtendWith(ApplicationExtension.class)
class DefaultLessonTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.openDefault(stage, Language.ENGLISH);
    }

    private List<String> badges(FxRobot robot) {
        return List.of(WindowFixture.badge(robot, Side.CLIENT), WindowFixture.badge(robot, Side.SERVER));
    }

    @Test
    void startShowsTheThreeWayHandshakeWithBothEndpointsClosed(FxRobot robot) {
        assertTrue(window.session().problems().isEmpty(), "the default lesson loads: " + window.session().problems());
        assertEquals(LessonSource.DEFAULT_ID, window.session().open().lesson().id());
        assertEquals(LessonSource.DEFAULT_ID, robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
        assertEquals(List.of("CLOSED", "CLOSED"), badges(robot));
        assertEquals(LessonSource.DEFAULT_ID, window.libraryPanel().list().getSelectionModel().getSelectedItem().id(),
                "the library marks it");
    }

    @Test
    void steppingWithTheRightKeyGoesThroughTheHandshakeStatesInOrder(FxRobot robot) {
        List<List<String>> seen = new ArrayList<>();
        seen.add(badges(robot));
        int size = window.player().playback().trace().size();
        for (int i = 0; i < size; i++) {
            robot.type(KeyCode.RIGHT);
            List<String> now = badges(robot);
            if (!now.equals(seen.get(seen.size() - 1))) {
                seen.add(now);
            }
        }
        // RFC 9293 §3.5 Figure 6; the lesson may go on after the connection is ESTABLISHED
        List<List<String>> handshake = List.of(
                List.of("CLOSED", "CLOSED"), List.of("CLOSED", "LISTEN"), List.of("SYN_SENT", "LISTEN"),
                List.of("SYN_SENT", "SYN_RECEIVED"), List.of("ESTABLISHED", "SYN_RECEIVED"),
                List.of("ESTABLISHED", "ESTABLISHED"));
        assertTrue(seen.size() >= handshake.size(), "states seen: " + seen);
        assertEquals(handshake, seen.subList(0, handshake.size()));
    }
}
