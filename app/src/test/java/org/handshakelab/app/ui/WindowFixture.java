package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.handshakelab.app.AppHome;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.app.session.LessonSession;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.app.session.RecentFiles;
import org.handshakelab.lessons.LoadOutcome;
import org.handshakelab.model.tcp.Side;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the main window as the application does, showing the default lesson, for TestFX tests. */
final class WindowFixture {
    private WindowFixture() {
    }

    /** The main window showing {@link FixtureLesson}, opened from a file as a user would. */
    static MainWindow open(Stage stage, Language language) {
        Path dir = AppHome.dir().resolve("lessons-" + System.nanoTime());
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = FixtureLesson.write(dir);
        LoadOutcome outcome = LessonSource.loadFile(file);
        if (!(outcome instanceof LoadOutcome.Loaded)) {
            throw new AssertionError("the fixture lesson does not load: " + outcome);
        }
        return open(stage, language, outcome, file);
    }

    /** The main window as the application starts it: with the default bundled lesson. */
    static MainWindow openDefault(Stage stage, Language language) {
        return open(stage, language, LessonSource.loadBundled(LessonSource.DEFAULT_ID), null);
    }

    private static MainWindow open(Stage stage, Language language, LoadOutcome outcome, Path file) {
        System.setProperty(MainWindow.NOTIFICATIONS_PROPERTY, "false");
        Path home = AppHome.dir();
        LessonSession session = new LessonSession(new RecentFiles(home.resolve("recent-" + System.nanoTime() + ".txt")));
        session.show(outcome, file, file == null ? LessonSource.DEFAULT_ID : file.getFileName().toString());
        MainWindow window = new MainWindow(stage, new I18n(language), session);
        stage.setOnHidden(e -> session.close());
        stage.show();
        return window;
    }

    static String badge(FxRobot robot, Side side) {
        String id = side == Side.CLIENT ? "#client-state-badge" : "#server-state-badge";
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static void waitUntil(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            assertTrue(false, "timed out waiting until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
