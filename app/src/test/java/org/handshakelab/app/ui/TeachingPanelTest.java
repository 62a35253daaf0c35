package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.handshakelab.app.diagram.StateDiagramView;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;
import org.handshakelab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The state diagram, packet inspector and quiz tabs beside the narration follow playback. */
@ExtendWith(ApplicationExtension.class)
class TeachingPanelTest {
    private static final String QUIZ = """
              "quiz": [
                {"id": "q-state", "at": {"state": "ESTABLISHED", "endpoint": "server"},
                 "question": {"en": "Which state is the server in now?", "ko": "서버는 지금 어떤 상태인가요?"},
                 "choices": [{"en": "SYN_RECEIVED", "ko": "SYN_RECEIVED"}, {"en": "ESTABLISHED", "ko": "ESTABLISHED"}],
                 "answer": 1,
                 "explanation": {"en": "The ACK of its SYN arrived.", "ko": "SYN에 대한 ACK가 도착했습니다."}}
              ],
              "expectations\"""";

    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Language.ENGLISH);
    }

    private int index() {
        return window.player().playback().eventIndexProperty().get();
    }

    @Test
    void theStateDiagramLightsBothEndpointsCurrentStates(FxRobot robot) {
        StateDiagramView diagram = robot.lookup("#teaching-tabs").queryAs(TeachingPanel.class)
                .getTabs().get(0).getContent() instanceof StateDiagramView d ? d : null;
        assertNotNull(diagram);
        assertTrue(diagram.isLit(State.CLOSED, Side.CLIENT));
        while (!"ESTABLISHED".equals(WindowFixture.badge(robot, Side.SERVER))) {
            robot.type(KeyCode.RIGHT);
        }
        assertTrue(diagram.isLit(State.ESTABLISHED, Side.SERVER));
        assertTrue(diagram.isLit(State.ESTABLISHED, Side.CLIENT));
        assertFalse(diagram.isLit(State.LISTEN, Side.SERVER));
    }

    @Test
    void selectingAnArrowShowsItsPacket(FxRobot robot) {
        var events = window.player().playback().trace().events();
        int synId = events.stream().filter(e -> e instanceof TraceEvent.SegmentSent).map(e -> ((TraceEvent.SegmentSent) e).id())
                .findFirst().orElseThrow();
        robot.interact(() -> window.lanesModel().selectedSegmentIdProperty().set(synId));
        TeachingPanel tabs = window.teachingPanel();
        assertEquals("tab-packet", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void aQuizQuestionFallingDuePausesPlaybackAndIsAsked(FxRobot robot) throws Exception {
        Path file = dir.resolve("quiz.json");
        Files.writeString(file, FixtureLesson.TEXT.replace("\"expectations\"", QUIZ), StandardCharsets.UTF_8);
        robot.interact(() -> window.openFile(file));
        WindowFixture.waitUntil(() -> window.teachingPanel().quiz() != null, "the lesson with a quiz opens");
        assertTrue(window.session().problems().isEmpty(), window.session().problems().toString());

        robot.interact(() -> window.player().play());
        WindowFixture.waitUntil(() -> !window.player().isPlaying(), "it pauses at the SYN_SENT narration point");
        robot.interact(() -> window.player().play());
        WindowFixture.waitUntil(() -> window.teachingPanel().quiz().getSession().dueProperty().get() != null,
                "the question falls due");
        WindowFixture.waitUntil(() -> !window.player().isPlaying(), "playback pauses for it");
        assertEquals("ESTABLISHED", WindowFixture.badge(robot, Side.SERVER));
        assertEquals("tab-quiz", window.teachingPanel().getSelectionModel().getSelectedItem().getId());
        assertEquals("Which state is the server in now?",
                robot.lookup("#quiz-question").queryAs(Label.class).getText());
        robot.interact(() -> {
            window.teachingPanel().quiz().choose(1);
            window.teachingPanel().quiz().check();
        });
        assertEquals(Boolean.TRUE, window.teachingPanel().quiz().resultProperty().get());
        assertTrue(index() >= 0);
    }
}
