package org.handshakelab.app.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.handshakelab.app.AppLogging;
import org.handshakelab.app.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An unexpected failure on the FX thread: logged with its stack trace, summarised to the user without one. */
@ExtendWith(ApplicationExtension.class)
class FailureReporterTest {
    private MainWindow window;
    private FailureReporter reporter;
    private Thread.UncaughtExceptionHandler fxBefore;
    private Thread.UncaughtExceptionHandler defaultBefore;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, Language.ENGLISH);
        fxBefore = Thread.currentThread().getUncaughtExceptionHandler();
        defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
        AppLogging.install();
        reporter = FailureReporter.install(window);
    }

    @AfterEach
    void restoreHandlers(FxRobot robot) {
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(fxBefore);
            if (reporter.showing() != null) {
                reporter.showing().close();
            }
        });
        Thread.setDefaultUncaughtExceptionHandler(defaultBefore);
    }

    @Test
    void aFailureOnTheFxThreadIsLoggedAndSummarisedWithoutAStackTrace(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("lesson cursor out of range (test)");
        });
        WindowFixture.waitUntil(() -> reporter.showing() != null, "the failure dialog shows");

        String shown = reporter.showing().getHeaderText() + "\n" + reporter.showing().getContentText();
        assertTrue(shown.contains("IllegalStateException: lesson cursor out of range (test)"), shown);
        assertFalse(shown.contains("\tat ") || shown.contains("at org.handshakelab"), "no stack frames: " + shown);
        Path log = AppLogging.logFile();
        assertTrue(shown.contains(log.toString()), "names the log file");
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(logged.contains("lesson cursor out of range (test)") && logged.contains("at "),
                "the log has the stack trace");
        assertTrue(window.stage().isShowing(), "the window stays open");
    }
}
