package org.handshakelab.app.ui;

import java.util.logging.Level;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.handshakelab.app.AppLogging;

/**
 * Catches what nothing else caught: the stack trace goes to the log file, the user gets a short
 * dialog naming the failure and the log file (never a stack trace), one dialog at a time.
 */
public final class FailureReporter {
    private final MainWindow window;
    private Alert showing;

    private FailureReporter(MainWindow window) {
        this.window = window;
    }

    /** Installs the handlers for the FX thread (call on it) and for every other thread. */
    public static FailureReporter install(MainWindow window) {
        FailureReporter reporter = new FailureReporter(window);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> reporter.report(thread, error));
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reporter.report(thread, error));
        return reporter;
    }

    /** The dialog on screen now, or null (for tests). */
    public Alert showing() {
        return showing;
    }

    void report(Thread thread, Throwable error) {
        AppLogging.LOG.log(Level.SEVERE, "uncaught on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            summarise(error);
        } else {
            Platform.runLater(() -> summarise(error));
        }
    }

    private void summarise(Throwable error) {
        if (showing != null) {
            return;
        }
        try {
            Window owner = window.stage().isShowing() ? window.stage() : null;
            Alert alert = Dialogs.failure(owner, window.i18n(), error, AppLogging.logFile());
            alert.setOnHidden(e -> showing = null);
            showing = alert;
            alert.show();
        } catch (RuntimeException e) {
            showing = null;
            AppLogging.LOG.log(Level.SEVERE, "could not show the failure dialog", e);
        }
    }
}
