package org.handshakelab.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.handshakelab.app.i18n.I18n;
import org.handshakelab.app.i18n.Language;
import org.handshakelab.app.session.LessonSession;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.app.session.RecentFiles;
import org.handshakelab.app.ui.FailureReporter;
import org.handshakelab.app.ui.Fonts;
import org.handshakelab.app.ui.MainWindow;
import org.handshakelab.lessons.Diagnostic;
import org.handshakelab.lessons.LoadOutcome;

/**
 * The JavaFX application. {@link #init()} (on the launcher thread, off the FX thread) reads the
 * options, loads the bundled font and the first lesson; {@link #start(Stage)} builds the main window.
 */
public final class HandshakeLabApp extends Application {
    private StartupOptions options = StartupOptions.DEFAULTS;
    private Language language;
    private LoadOutcome firstOutcome;
    private Path firstFile;
    private String firstName;
    private LoadOutcome fallback;
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
        Fonts.load();
        loadFirstLesson();
    }

    /** The lesson asked for with --lesson (a file, else a bundled id), or the default lesson. */
    private void loadFirstLesson() {
        String wanted = options.lesson();
        if (wanted != null && Files.isRegularFile(Path.of(wanted))) {
            firstFile = Path.of(wanted).toAbsolutePath().normalize();
            firstName = firstFile.getFileName().toString();
            firstOutcome = LessonSource.loadFile(firstFile);
        } else if (wanted != null && LessonSource.isBundled(wanted)) {
            firstName = wanted;
            firstOutcome = LessonSource.loadBundled(wanted);
        } else if (wanted != null) {
            firstName = wanted;
            firstOutcome = new LoadOutcome.Failed(List.of(new Diagnostic(wanted, 0, 0, Diagnostic.Severity.ERROR,
                    new I18n(language).get("startup.lessonNotFound", wanted), null)));
        }
        if (!(firstOutcome instanceof LoadOutcome.Loaded)) {
            fallback = LessonSource.loadBundled(LessonSource.DEFAULT_ID);
        }
    }

    @Override
    public void start(Stage stage) {
        I18n i18n = new I18n(language);
        LessonSession session = new LessonSession(new RecentFiles(AppHome.dir().resolve("recent-files.txt")));
        if (fallback != null) {
            session.show(fallback, null, LessonSource.DEFAULT_ID);
        }
        if (firstOutcome != null) {
            session.show(firstOutcome, firstFile, firstName);
        }
        window = new MainWindow(stage, i18n, session);
        FailureReporter.install(window);
        if (options.reportStartup()) {
            reportFirstFrame();
        }
        stage.setOnCloseRequest(e -> session.close());
        stage.show();
    }

    /** Prints the time from JVM start to the first frame of the main window, once its first pulse is laid out. */
    private void reportFirstFrame() {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            window.scene().removePostLayoutPulseListener(once[0]);
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("startup-ms " + millis + " (JVM start to the first frame with the lesson)");
            System.out.flush();
            if (options.exitAfterStartup()) {
                Platform.runLater(window::exit);
            }
        };
        window.scene().addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.session().close();
        }
    }
}
