package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.model.tcp.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on start, and playback driven from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class MainWindowPlaybackTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Language.ENGLISH);
    }

    private int index() {
        return window.player().playback().eventIndexProperty().get();
    }

    private int size() {
        return window.player().playback().trace().size();
    }

    private List<String> badges(FxRobot robot) {
        return List.of(WindowFixture.badge(robot, Side.CLIENT), WindowFixture.badge(robot, Side.SERVER));
    }

    @Test
    void anOpenedLessonStartsBeforeItsFirstEventWithBothEndpointsClosed(FxRobot robot) {
        assertEquals(FixtureLesson.ID, window.session().open().lesson().id());
        assertEquals(FixtureLesson.ID, robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
        assertEquals(-1, index());
        assertEquals(List.of("CLOSED", "CLOSED"), badges(robot));
        assertTrue(window.stage().getTitle().contains(window.session().open().lesson().title().get("en")));
        String shown = window.narrationPanel().textLabel().getText();
        window.player().narration().current(-1).ifPresent(p -> assertEquals(p.text().get("en"), shown));
    }

    @Test
    void theStatusBarWritesTheEventAndTimeOnceAFrame_notOnceAnEvent(FxRobot robot) {
        Label event = robot.lookup("#status-event").queryAs(Label.class);
        Label time = robot.lookup("#status-time").queryAs(Label.class);
        List<String> written = new ArrayList<>();
        robot.interact(() -> event.textProperty().addListener((o, before, now) -> written.add(now)));
        robot.interact(() -> { // five events at once, as playing moves several in one frame
            for (int i = 0; i < 5; i++) {
                window.player().playback().stepForward();
            }
        });
        WindowFixture.waitUntil(() -> !written.isEmpty(), "the next frame");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Event 5 / " + size()), written, "written once, with the last event");
        assertEquals("t = " + StatusPanel.formatTime(window.player().playback().getTime()), time.getText());
    }

    @Test
    void theLanesAreToldWhenPlaybackRunsQuickly_atTwiceOrMore_andNotWhenPausedOrSlower(FxRobot robot) {
        List<Boolean> quick = new ArrayList<>();
        robot.interact(() -> {
            var lanes = window.lanesModel().quickPlaybackProperty();
            quick.add(lanes.get()); // paused
            window.player().speedProperty().set(4);
            window.player().play();
            quick.add(lanes.get()); // playing at 4x
            window.player().speedProperty().set(1);
            quick.add(lanes.get()); // playing at 1x
            window.player().speedProperty().set(2);
            quick.add(lanes.get()); // playing at 2x
            window.player().pause();
            quick.add(lanes.get()); // paused
        });
        assertEquals(List.of(false, true, false, true, false), quick);
    }

    @Test
    void rightKeyStepsThroughTheThreeWayHandshakeStates(FxRobot robot) {
        List<List<String>> seen = new ArrayList<>();
        seen.add(badges(robot));
        for (int i = 0; i < size(); i++) {
            robot.type(KeyCode.RIGHT);
            assertEquals(i, index(), "one event per key press");
            List<String> now = badges(robot);
            if (!now.equals(seen.get(seen.size() - 1))) {
                seen.add(now);
            }
        }
        // RFC 9293 §3.5 Figure 6: the states of a basic three-way handshake, in this order
        List<List<String>> expected = List.of(
                List.of("CLOSED", "CLOSED"), List.of("CLOSED", "LISTEN"), List.of("SYN_SENT", "LISTEN"),
                List.of("SYN_SENT", "SYN_RECEIVED"), List.of("ESTABLISHED", "SYN_RECEIVED"),
                List.of("ESTABLISHED", "ESTABLISHED"));
        assertEquals(expected, seen, "states seen");
    }

    @Test
    void leftKeyRestoresExactlyWhatTheBadgesShowedBefore(FxRobot robot) {
        List<List<String>> forward = new ArrayList<>();
        forward.add(badges(robot));
        int steps = Math.min(size(), 8);
        for (int i = 0; i < steps; i++) {
            robot.type(KeyCode.RIGHT);
            forward.add(badges(robot));
        }
        for (int i = steps - 1; i >= 0; i--) {
            robot.type(KeyCode.LEFT);
            assertEquals(i - 1, index());
            assertEquals(forward.get(i), badges(robot), "after stepping back to event " + (i - 1));
        }
    }

    @Test
    void homeRestartsAndPageKeysJumpBetweenNarrationPoints(FxRobot robot) {
        var narration = window.player().narration();
        robot.type(KeyCode.PAGE_DOWN);
        int first = narration.next(-1).orElseThrow().eventIndex();
        assertEquals(first, index(), "PgDn goes to the next narration point");
        String firstText = window.narrationPanel().textLabel().getText();
        assertEquals(narration.current(first).orElseThrow().text().get("en"), firstText);
        robot.type(KeyCode.PAGE_DOWN);
        narration.next(first).ifPresent(p -> assertEquals(p.eventIndex(), index()));
        robot.type(KeyCode.PAGE_UP);
        assertEquals(first, index(), "PgUp goes back to the previous narration point");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.HOME);
        assertEquals(-1, index(), "Home restarts");
        assertEquals(List.of("CLOSED", "CLOSED"), badges(robot));
    }

    @Test
    void spaceStartsAndStopsPlayingAndPlayingAdvancesTime(FxRobot robot) {
        List<Boolean> transitions = new ArrayList<>();
        robot.interact(() -> window.player().playingProperty().addListener((o, was, now) -> transitions.add(now)));
        robot.type(KeyCode.SPACE);
        assertEquals(Boolean.TRUE, transitions.get(0), "Space starts playing");
        WindowFixture.waitUntil(() -> index() >= 0, "playing applies the first event");

        // within one FX-thread turn no animation frame can pause it by itself in between
        robot.interact(() -> {
            window.player().play();
            pressSpace();
            assertFalse(window.player().isPlaying(), "Space pauses");
            pressSpace();
            assertTrue(window.player().isPlaying(), "Space plays again");
            pressSpace();
        });
        int stopped = index();
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(stopped, index(), "paused playback stays where it is");
    }

    private void pressSpace() {
        javafx.event.Event.fireEvent(window.scene().getRoot(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, " ", " ", KeyCode.SPACE, false, false, false, false));
    }

    @Test
    void arrowKeysStepOnceEvenWhenTheTimelineSliderHasFocus(FxRobot robot) {
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        robot.interact(() -> {
            slider.setFocusTraversable(true);
            slider.requestFocus();
        });
        robot.type(KeyCode.RIGHT);
        assertEquals(0, index());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, index());
        assertEquals(1, slider.getValue(), 1e-9, "the slider follows the playback");
        robot.interact(() -> slider.setValue(4));
        assertEquals(Math.min(4, size() - 1), index(), "moving the slider seeks");
    }

    @Test
    void playbackKeysWorkWhileTheLibraryListHasFocus(FxRobot robot) {
        var list = window.libraryPanel().list();
        robot.interact(list::requestFocus);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        assertEquals(1, index());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(window.player().narration().next(1).orElseThrow().eventIndex(), index());
        robot.type(KeyCode.HOME);
        assertEquals(-1, index(), "Home restarts playback rather than moving in the list");
        assertTrue(list.isFocused(), "the list kept the focus");
    }

    @Test
    void playingStopsAtThePausingNarrationPoint(FxRobot robot) {
        var pausing = window.player().narration().firstPauseIn(-1, size() - 1);
        robot.interact(() -> window.player().play());
        WindowFixture.waitUntil(() -> !window.player().isPlaying(), "playback pauses by itself");
        int expected = pausing.map(p -> p.eventIndex()).orElse(size() - 1);
        assertEquals(expected, index());
    }

    @Test
    void f1ShowsTheShortcutList(FxRobot robot) {
        robot.type(KeyCode.F1);
        WindowFixture.waitUntil(() -> robot.lookup("#shortcuts-table").tryQuery().isPresent(), "the dialog shows");
        assertTrue(robot.lookup("#shortcuts-table .label").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals("Step forward one event")));
    }

    @Test
    void questionMarkShowsTheShortcutListToo(FxRobot robot) {
        robot.write("?");
        WindowFixture.waitUntil(() -> robot.lookup("#shortcuts-table").tryQuery().isPresent(), "the dialog shows");
    }

    @Test
    void ctrlPlusMinusAndZeroZoomTheLanes(FxRobot robot) {
        var zoom = window.lanesModel().zoomProperty();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(1.25, zoom.get(), 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS, KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(0.8, zoom.get(), 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(1.0, zoom.get(), 1e-9);
        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                window.zoomOut();
            }
        });
        assertEquals(0.25, zoom.get(), 1e-9, "zoom stops at 0.25");
    }

    @Test
    void theSpeedButtonsSetThePlayerSpeed(FxRobot robot) {
        robot.clickOn("#speed-2");
        assertEquals(2.0, window.player().speedProperty().get(), 1e-9);
        robot.clickOn("#speed-0_25");
        assertEquals(0.25, window.player().speedProperty().get(), 1e-9);
        robot.clickOn("#speed-0_25");
        assertEquals(0.25, window.player().speedProperty().get(), 1e-9, "clicking the chosen speed keeps it");
        assertTrue(robot.lookup("#speed-0_25").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    @Test
    void theSpeedButtonsShowASpeedSetElsewhere(FxRobot robot) {
        robot.interact(() -> window.player().speedProperty().set(4.0));
        assertTrue(robot.lookup("#speed-4").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#speed-1").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    @Test
    void theDarkThemeSwapsBothStylesheets(FxRobot robot) {
        robot.interact(() -> window.setTheme(Theme.DARK));
        var sheets = window.scene().getStylesheets();
        assertTrue(sheets.stream().anyMatch(s -> s.endsWith("theme-dark.css")));
        assertFalse(sheets.stream().anyMatch(s -> s.endsWith("theme-light.css")));
        assertTrue(javafx.application.Application.getUserAgentStylesheet().endsWith("primer-dark.css"));
        int lanes = indexOf(sheets, "lanes.css");
        assertTrue(lanes >= 0 && lanes < indexOf(sheets, "theme-dark.css"), "themes come after lanes.css: " + sheets);
        // the lanes view itself paints no background (the scene's fill shows), its header bar does
        javafx.scene.layout.Region lanesHeader = robot.lookup("#lanes-view .lane-header-bar")
                .queryAs(javafx.scene.layout.Region.class);
        assertEquals(javafx.scene.paint.Color.web("#0d1117"), lanesHeader.getBackground().getFills().get(0).getFill(),
                "the dark theme reaches the lanes' background colour");
        robot.interact(() -> window.setTheme(Theme.PROJECTOR));
        assertTrue(indexOf(sheets, "theme-projector.css") > indexOf(sheets, "theme-dark.css"));
        robot.interact(() -> window.setTheme(Theme.LIGHT));
        assertTrue(javafx.application.Application.getUserAgentStylesheet().endsWith("primer-light.css"));
        assertEquals(-1, indexOf(sheets, "theme-projector.css"));
        assertEquals(javafx.scene.paint.Color.WHITE, lanesHeader.getBackground().getFills().get(0).getFill());
    }

    private static int indexOf(List<String> sheets, String name) {
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).endsWith("/" + name)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theSandboxOpensInItsOwnWindowInTheCurrentThemeAndLeavesTheLessonAlone(FxRobot robot) {
        Stage[] sandbox = new Stage[1];
        robot.interact(() -> sandbox[0] = window.openSandbox());
        var view = (org.handshakelab.app.sandbox.SandboxView) sandbox[0].getScene().getRoot();
        assertTrue(sandbox[0].isShowing());
        assertEquals("Handshake Lab sandbox", sandbox[0].getTitle());
        assertEquals(window.scene().getStylesheets(), sandbox[0].getScene().getStylesheets());
        assertTrue(view.lookup(".lanes-view") != null, "it shows its own lanes");
        robot.interact(() -> sandbox[0].close());
        assertFalse(sandbox[0].isShowing());
        assertEquals(-1, index(), "the main window's playback is untouched");
    }
}
