package org.handshakelab.app.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.app.quiz.QuizSession;
import org.handshakelab.app.ui.MainWindow;
import org.handshakelab.app.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenter mode (P), the pointer highlight (hold H) and the quiz switch, in the real main window. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {
    private MainWindow window;
    private TeachingTools tools;

    @Start
    void start(Stage stage) {
        ToolsFixture.Opened opened = ToolsFixture.open(stage, "four-way-handshake", Language.ENGLISH);
        window = opened.window();
        tools = opened.tools();
    }

    private SplitPane split(FxRobot robot) {
        return robot.lookup("#main-split").queryAs(SplitPane.class);
    }

    @Test
    void pressingPShowsTheProjectorLookWithBigTextThickLinesAndOnlyTheLanesAndNarrationStrip(FxRobot robot) {
        SplitPane split = split(robot);
        List<Node> before = List.copyOf(split.getItems());
        assertEquals(3, before.size());
        BorderPane root = (BorderPane) window.scene().getRoot();
        Node menuBar = root.getTop();
        double zoom = window.lanesModel().zoomProperty().get();
        double width = window.stage().getWidth();
        double[] dividers = split.getDividerPositions();

        robot.type(KeyCode.P);
        assertTrue(tools.presenter().isActive());
        assertEquals(Theme.PROJECTOR, window.theme());
        assertEquals(1, split.getItems().size(), "library and side panels hidden");
        assertFalse(robot.lookup("#narration-panel").tryQuery().isPresent(), "narration panel out of the scene");
        assertFalse(robot.lookup("#library-panel").tryQuery().map(Node::isVisible).orElse(false));
        assertSame(tools.presenter().strip(), root.getTop(), "the narration strip replaces the menu bar");
        assertEquals(zoom * PresenterMode.ZOOM, window.lanesModel().zoomProperty().get(), 1e-9);
        assertTrue(window.stage().isFullScreen());
        assertTrue(themeItem("menu-theme-projector").isSelected(), "View > Theme follows");

        robot.type(KeyCode.RIGHT, 5);
        WaitForAsyncUtils.waitForFxEvents();
        Label strip = tools.presenter().strip();
        assertEquals(window.narrationPanel().textLabel().getText(), strip.getText());
        assertFalse(strip.getText().isBlank(), "the strip shows the current narration");
        assertTrue(strip.getFont().getSize() >= 24, "strip text " + strip.getFont().getSize());
        for (Node n : robot.lookup(".label").queryAll()) {
            if (n instanceof Label label && label.getScene() == window.scene() && label.isVisible()
                    && !label.getText().isEmpty()) {
                assertTrue(label.getFont().getSize() >= 24, label.getId() + " '" + label.getText() + "' is "
                        + label.getFont().getSize() + " px");
            }
        }
        List<Line> lanes = robot.lookup(".lane-line").queryAllAs(Line.class).stream().toList();
        assertEquals(2, lanes.size());
        for (Line lane : lanes) {
            assertTrue(lane.getStrokeWidth() >= 3, "lane line " + lane.getStrokeWidth());
        }

        robot.type(KeyCode.P);
        assertFalse(tools.presenter().isActive());
        assertEquals(Theme.LIGHT, window.theme());
        assertEquals(before, split.getItems(), "the side panels are back, in order");
        assertSame(menuBar, root.getTop());
        assertEquals(zoom, window.lanesModel().zoomProperty().get(), 1e-9);
        assertFalse(window.stage().isFullScreen());
        assertEquals(width, window.stage().getWidth(), 0.5, "the window's size is back");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dividers[0], split.getDividerPositions()[0], 0.01, "library divider back");
        assertEquals(dividers[1], split.getDividerPositions()[1], 0.01, "side panel divider back");
        assertTrue(robot.lookup("#narration-panel").tryQuery().isPresent());
        assertTrue(themeItem("menu-theme-light").isSelected());
    }

    private javafx.scene.control.RadioMenuItem themeItem(String id) {
        return window.menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof javafx.scene.control.Menu).flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> id.equals(i.getId())).map(javafx.scene.control.RadioMenuItem.class::cast).findFirst().orElseThrow();
    }

    @Test
    void leavingRestoresADarkThemeAndAZoomChosenBefore(FxRobot robot) {
        robot.interact(() -> {
            window.setTheme(Theme.DARK);
            window.lanesModel().zoomProperty().set(2.0);
        });
        robot.type(KeyCode.P);
        assertEquals(3.0, window.lanesModel().zoomProperty().get(), 1e-9);
        robot.type(KeyCode.P);
        assertEquals(Theme.DARK, window.theme());
        assertEquals(2.0, window.lanesModel().zoomProperty().get(), 1e-9);
    }

    @Test
    void thePointerHighlightIsShownOnlyWhileHIsHeldAndFollowsTheMouse(FxRobot robot) {
        var circle = tools.pointer().circle();
        assertFalse(circle.isVisible());
        assertTrue(circle.isMouseTransparent());
        robot.moveTo(robot.lookup("#lanes-view").queryAs(Node.class));
        robot.press(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(circle.isVisible());
        var centre = circle.localToScreen(circle.getCenterX(), circle.getCenterY());
        var mouse = robot.point(robot.lookup("#lanes-view").queryAs(Node.class)).query();
        assertEquals(mouse.getX(), centre.getX(), 2);
        assertEquals(mouse.getY(), centre.getY(), 2);
        robot.release(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(circle.isVisible());
    }

    @Test
    void withQuizzesOffNoQuestionFallsDueAtItsAnchor(FxRobot robot) {
        assertNotNull(window.teachingPanel().quiz(), "four-way-handshake has a quiz");
        QuizSession quiz = window.teachingPanel().quiz().getSession();
        int anchor = quiz.questions().get(0).eventIndex();

        robot.clickOn("#menu-view").clickOn("#menu-quizzes");
        assertFalse(tools.quizzesEnabledProperty().get());
        assertFalse(quiz.enabledProperty().get());
        robot.interact(() -> window.player().seekToIndex(anchor));
        assertNull(quiz.dueProperty().get(), "no question falls due");
        assertNull(window.teachingPanel().quiz().questionProperty().get(), "no question shown");

        robot.interact(() -> tools.quizzesEnabledProperty().set(true));
        robot.interact(() -> {
            window.player().seekToIndex(Math.max(-1, anchor - 1));
            window.player().seekToIndex(anchor);
        });
        assertNotNull(quiz.dueProperty().get(), "with quizzes on, the same anchor asks its question");
    }

    @Test
    void presenterModeSwitchesQuizzesOffAndBackOn(FxRobot robot) {
        assertTrue(tools.quizzesEnabledProperty().get());
        robot.type(KeyCode.P);
        assertFalse(window.teachingPanel().quiz().getSession().enabledProperty().get());
        robot.type(KeyCode.P);
        assertTrue(window.teachingPanel().quiz().getSession().enabledProperty().get());
    }
}
