package org.handshakelab.app.presenter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.handshakelab.app.AppHome;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.app.session.LessonSession;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.app.session.RecentFiles;
import org.handshakelab.app.ui.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as the application builds it, showing a bundled lesson, with the teaching tools installed. */
public final class ToolsFixture {
    public record Opened(MainWindow window, TeachingTools tools) {
    }

    private ToolsFixture() {
    }

    public static Opened open(Stage stage, String lessonId, Language language) {
        System.setProperty(MainWindow.NOTIFICATIONS_PROPERTY, "false");
        Path home = AppHome.dir();
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LessonSession session = new LessonSession(new RecentFiles(home.resolve("recent-" + System.nanoTime() + ".txt")));
        session.show(LessonSource.loadBundled(lessonId), null, lessonId);
        MainWindow window = new MainWindow(stage, new I18n(language), session);
        TeachingTools tools = TeachingTools.install(window);
        stage.setOnHidden(e -> session.close());
        stage.show();
        return new Opened(window, tools);
    }

    public static void waitUntil(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            assertTrue(false, "timed out waiting until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
