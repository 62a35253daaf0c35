package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.lessons.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening lesson files: a broken one lists its errors with locations and leaves the open lesson playable. */
@ExtendWith(ApplicationExtension.class)
class OpenLessonTest {
    /** Unknown field, a port out of range and a misspelt action: errors with lines and columns. */
    private static final String BROKEN = """
            {
              "format": 1,
              "id": "broken-lesson",
              "titel": {"en": "Typo in the field name"},
              "summary": {"en": "Has errors on purpose."},
              "setup": {
                "client": {"label": {"en": "Client"}, "address": "10.0.0.1", "port": 70000},
                "server": {"label": {"en": "Server"}, "address": "10.0.0.2", "port": 80}
              },
              "script": [
                {"at": 0, "endpoint": "server", "do": "listen"},
                {"at": 100, "endpoint": "client", "do": "conect"}
              ]
            }
            """;
    private static final Pattern LOCATED = Pattern.compile(".*broken\\.json:(\\d+):(\\d+): .+");

    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Language.ENGLISH);
    }

    @Test
    void aBrokenLessonListsItsErrorsWithLocationsAndTheOpenLessonStaysPlayable(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, BROKEN, StandardCharsets.UTF_8);
        robot.type(KeyCode.RIGHT);
        List<String> before = List.of(WindowFixture.badge(robot, org.handshakelab.model.tcp.Side.CLIENT),
                WindowFixture.badge(robot, org.handshakelab.model.tcp.Side.SERVER));

        robot.interact(() -> window.openFile(file));
        WindowFixture.waitUntil(() -> !window.session().problems().isEmpty(), "the errors are listed");

        assertTrue(robot.lookup("#problems-panel").query().isVisible());
        @SuppressWarnings("unchecked")
        ListView<Diagnostic> list = robot.lookup("#problems-list").queryAs(ListView.class);
        assertFalse(list.getItems().isEmpty());
        boolean someLineAndColumn = false;
        for (Diagnostic d : list.getItems()) {
            assertTrue(LOCATED.matcher(d.format()).matches(), d.format());
            someLineAndColumn |= d.line() >= 1 && d.column() >= 1;
        }
        assertTrue(someLineAndColumn, "at least one error points at a line and column");
        assertTrue(robot.lookup("#problems-title").queryAs(Label.class).getText().contains("broken.json"));
        assertTrue(window.problemsPanel().copyText().contains(list.getItems().get(0).format()), "Copy copies the rows");

        assertEquals(FixtureLesson.ID, window.session().open().lesson().id(), "the open lesson stays");
        assertEquals(0, window.player().playback().eventIndexProperty().get(), "and keeps its position");
        assertEquals(before, List.of(WindowFixture.badge(robot, org.handshakelab.model.tcp.Side.CLIENT),
                WindowFixture.badge(robot, org.handshakelab.model.tcp.Side.SERVER)));
        robot.type(KeyCode.RIGHT);
        assertEquals(1, window.player().playback().eventIndexProperty().get(), "and is still playable");

        robot.clickOn("#problems-close");
        assertFalse(robot.lookup("#problems-panel").query().isVisible());
    }

    @Test
    void theOpenFileIsReloadedWhenItChangesOnDiskKeepingThePosition(FxRobot robot) throws Exception {
        Path file = window.session().open().file();
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        var before = window.session().open();
        Files.writeString(file, FixtureLesson.TEXT.replace("The client sends SYN.", "The client sends its SYN."),
                StandardCharsets.UTF_8);
        WindowFixture.waitUntil(() -> window.session().open() != before, "the changed file is reloaded");
        assertTrue(window.session().open().reloaded());
        assertEquals(2, window.player().playback().eventIndexProperty().get(), "playback keeps its position");
        assertEquals("The client sends its SYN.", window.player().narration().points().get(1).text().get("en"));
        assertEquals(file, window.session().recent().get(0), "remembered as a recent file");
    }

    @Test
    void aLoadCancelledBeforeItEndsChangesNothing(FxRobot robot) throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, FixtureLesson.TEXT.replace("fixture-handshake", "other-lesson"), StandardCharsets.UTF_8);
        var before = window.session().open();
        javafx.concurrent.Task<?>[] task = new javafx.concurrent.Task<?>[1];
        robot.interact(() -> {
            task[0] = window.openFile(other);
            assertTrue(window.session().loadingProperty().get(), "loading shows while the task runs");
            window.session().cancelLoading();
        });
        WindowFixture.waitUntil(() -> task[0].isDone() && !window.session().loadingProperty().get(), "the task ends");
        // the task is either cancelled, or had already computed its result, which is then dropped
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.session().open(), "the open lesson stays");
        assertTrue(window.session().problems().isEmpty());
    }

    @Test
    void aCancelPressedAfterTheLoadFinishedButBeforeItsResultArrivedChangesNothing(FxRobot robot) throws Exception {
        Path other = dir.resolve("fast.json");
        Files.writeString(other, FixtureLesson.TEXT.replace("fixture-handshake", "fast-lesson"), StandardCharsets.UTF_8);
        var before = window.session().open();
        robot.interact(() -> {
            javafx.concurrent.Task<?> task = window.openFile(other);
            // hold the FX thread until the worker has computed the result: its delivery (a runLater)
            // now waits behind this runnable, so the Task can no longer be cancelled
            while (!task.isDone()) {
                Thread.onSpinWait();
            }
            window.session().cancelLoading();
            assertFalse(window.session().loadingProperty().get(), "Cancel ends the loading at once");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.session().open(), "the finished load's result is dropped");
        assertTrue(window.session().problems().isEmpty());
    }

    @Test
    void aMissingFileIsAProblemNotACrash(FxRobot robot) {
        robot.interact(() -> window.openFile(dir.resolve("does-not-exist.json")));
        WindowFixture.waitUntil(() -> !window.session().problems().isEmpty(), "the problem is listed");
        assertEquals(FixtureLesson.ID, window.session().open().lesson().id());
        assertTrue(window.session().problems().get(0).format().contains("does-not-exist.json"));
    }

    @Test
    void openingAnotherBundledLessonFromTheLibraryReplacesTheOpenOne(FxRobot robot) {
        var entries = LessonSource.library();
        org.junit.jupiter.api.Assumptions.assumeFalse(entries.isEmpty(), "no bundled lessons in this build");
        var other = java.util.Optional.of(entries.get(entries.size() - 1));
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#library-list").queryAs(ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().select(entries.indexOf(other.get()));
            list.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WindowFixture.waitUntil(() -> window.session().open().lesson().id().equals(other.get().id()), "it opens");
        assertEquals(-1, window.player().playback().eventIndexProperty().get());
    }
}
