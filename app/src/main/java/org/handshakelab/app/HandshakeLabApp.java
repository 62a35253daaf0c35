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
import org.handshakelab.app.ui.WindowShell;
import org.handshakelab.lessons.Diagnostic;
import org.handshakelab.lessons.LoadOutcome;

/**
 * The JavaFX application. {@link #init()} (on the launcher thread, off the FX thread) reads the
 * options, starts loading the bundled font, takes the first lesson (loading since before the toolkit
 * started) and builds the window's shell around it; {@link #start(Stage)} makes the main window,
 * shows it, and lets the panels around the lanes arrive in the next pulses.
 */
public final class HandshakeLabApp extends Application {
    private StartupOptions options = StartupOptions.DEFAULTS;
    private Language language;
    private FirstLesson first;
    private I18n i18n;
    private LessonSession session;
    private WindowShell shell;
    private MainWindow window;

    @Override
    public void init() {
        StartupClock.mark("init");
        AppLogging.install();
        try {
            options = StartupOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            AppLogging.LOG.warning("ignoring bad options: " + e.getMessage());
        }
        language = options.language() != null ? Language.forTag(options.language()) : Language.forLocale(Locale.getDefault());
        FirstLesson.preload(options); // normally already started by DesktopLauncher
        // While the FX thread parses the theme's base stylesheet and another thread reads the fonts,
        // this one builds what the first frame shows (nodes may be built off the FX thread until
        // they are in a showing window); start() then only makes the scene and shows it.
        Theme.LIGHT.preloadBase();
        Fonts.startLoading();
        i18n = new I18n(language);
        session = new LessonSession(new RecentFiles(AppHome.dir().resolve("recent-files.txt")));
        first = FirstLesson.await(options);
        StartupClock.mark("lesson-ready");
        if (first.fallback() != null) {
            session.show(first.fallback(), null, LessonSource.DEFAULT_ID);
        }
        LoadOutcome outcome = first.notFound()
                ? new LoadOutcome.Failed(List.of(new Diagnostic(first.name(), 0, 0, Diagnostic.Severity.ERROR,
                        i18n.get("startup.lessonNotFound", first.name()), null)))
                : first.outcome();
        session.show(outcome, first.file(), first.name());
        shell = new WindowShell(i18n).showing(session.open());
        StartupClock.mark("shell-built");
    }

    @Override
    public void start(Stage stage) {
        StartupClock.mark("start");
        if (options.reportStartup()) {
            // first of the pulse's timers: it notes the time before the assembly steps take their turn
            reportFirstFrame();
        }
        window = MainWindow.assembledAfterShow(stage, i18n, session, shell, () -> {
            TeachingTools.install(window);
            StartupClock.mark("panels-complete");
            if (options.reportStartup()) {
                reportComplete();
            }
        });
        shell = null;
        FailureReporter.install(window);
        StartupClock.mark("window-built");
        stage.setOnCloseRequest(e -> session.close());
        stage.show();
        StartupClock.mark("shown");
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
        });
    }

    /**
     * Prints the time until every panel is built and drawn (menus, playback bar, narration, teaching
     * tabs, library), and the phases of start-up; then exits if asked to.
     */
    private void reportComplete() {
        FirstFrame.whenDrawn(() -> {
            System.out.println("complete-ms " + StartupClock.millisSinceJvmStart() + " (JVM start to every panel drawn)");
            StartupClock.printPhases();
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
