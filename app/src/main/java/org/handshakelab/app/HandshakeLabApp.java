package org.handshakelab.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.handshakelab.app.bench.FirstFrame;
import org.handshakelab.app.bench.StartupClock;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.app.session.LessonSession;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.app.presenter.TeachingTools;
import org.handshakelab.app.session.RecentFiles;
import org.handshakelab.app.ui.FailureReporter;
import org.handshakelab.app.ui.Fonts;
import org.handshakelab.app.ui.MainWindow;
import org.handshakelab.app.ui.Theme;
import org.handshakelab.lessons.Diagnostic;
import org.handshakelab.lessons.LoadOutcome;

/**
 * The JavaFX application. {@link #init()} (on the launcher thread, off the FX thread) reads the
 * options, loads the bundled font and the first lesson; {@link #start(Stage)} builds the main window.
 */
public final class HandshakeLabApp extends Application {
    private StartupOptions options = StartupOptions.DEFAULTS;
    private Language language;
    private FirstLesson first;
    private MainWindow window;

    @Override
    public void init() {
        AppLogging.install();
        try {
            options = StartupOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            AppLogging.LOG.warning("ignoring bad options: " + e.getMessage());
        }
        language = options.language() != null ? Language.forTag(options.language()) : Language.forLocale(Locale.getDefault());
        FirstLesson.preload(options); // normally already started by DesktopLauncher
        // the FX thread parses the theme's big base stylesheet while this thread loads the fonts
        Theme.LIGHT.preloadBase();
        Fonts.load();
        first = FirstLesson.await(options);
    }

    @Override
    public void start(Stage stage) {
        I18n i18n = new I18n(language);
        LessonSession session = new LessonSession(new RecentFiles(AppHome.dir().resolve("recent-files.txt")));
        if (first.fallback() != null) {
            session.show(first.fallback(), null, LessonSource.DEFAULT_ID);
        }
        LoadOutcome outcome = first.notFound()
                ? new LoadOutcome.Failed(List.of(new Diagnostic(first.name(), 0, 0, Diagnostic.Severity.ERROR,
                        i18n.get("startup.lessonNotFound", first.name()), null)))
                : first.outcome();
        session.show(outcome, first.file(), first.name());
        window = new MainWindow(stage, i18n, session);
        FailureReporter.install(window);
        TeachingTools.install(window);
        if (options.reportStartup()) {
            reportFirstFrame();
        }
        stage.setOnCloseRequest(e -> session.close());
        stage.show();
        if (options.lesson() != null && FirstLesson.isCapture(options.lesson())) {
            window.openCapture(java.nio.file.Path.of(options.lesson()).toAbsolutePath());
        }
    }

    /** Prints the time from JVM start to the first frame of the main window drawn with the lesson. */
    private void reportFirstFrame() {
        FirstFrame.whenDrawn(() -> {
            long millis = StartupClock.millisSinceJvmStart();
            System.out.println("startup-ms " + millis + " (JVM start to the first frame with the lesson)");
            System.out.flush();
            if (options.exitAfterStartup()) {
                Platform.runLater(window::exit);
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.session().close();
        }
    }
}
