package org.handshakelab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.handshakelab.app.bench.StartupClock;
import org.handshakelab.app.session.LessonSource;
import org.handshakelab.lessons.LoadOutcome;

/**
 * Loads the lesson the window opens with, on a background thread started before the JavaFX
 * toolkit, so that reading, checking and simulating it overlaps the toolkit's own start-up; the
 * same thread then preloads the window's classes ({@link ClassPreloader}) and the library list.
 * Plain Java: no JavaFX type is touched here.
 *
 * @param outcome  the lesson asked for with {@code --lesson} (a file, else a bundled id), or the default lesson
 * @param file     the file it came from; null for a bundled lesson
 * @param name     what messages call it
 * @param fallback the default lesson, loaded when the one asked for did not load; else null
 * @param notFound true when {@code --lesson} named neither a file nor a bundled lesson
 */
record FirstLesson(LoadOutcome outcome, Path file, String name, LoadOutcome fallback, boolean notFound) {

    private static CompletableFuture<FirstLesson> pending;

    /** Starts loading (once) on a daemon thread. */
    static synchronized void preload(StartupOptions options) {
        if (pending == null) {
            pending = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    FirstLesson loaded = load(options);
                    StartupClock.mark("lesson-loaded (background)");
                    pending.complete(loaded);
                } catch (RuntimeException | Error e) {
                    pending.completeExceptionally(e);
                    return;
                }
                // then, while the toolkit is still starting, the window's classes (one thread for
                // both: measured, a third thread slowed the toolkit's start more than it saved)
                ClassPreloader.run();
                // then the library list, which the window adds a few pulses after its first frame (a
                // failure here is met again, and reported, when the library panel asks for it)
                LessonSource.library();
            }, "first-lesson");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The preloaded lesson (loading it now if nobody started it). */
    static FirstLesson await(StartupOptions options) {
        preload(options);
        try {
            return pending.join();
        } catch (java.util.concurrent.CompletionException e) {
            AppLogging.LOG.log(java.util.logging.Level.SEVERE, "loading the first lesson failed", e.getCause());
            String name = options.lesson() == null ? LessonSource.DEFAULT_ID : options.lesson();
            return new FirstLesson(new LoadOutcome.Failed(java.util.List.of(new org.handshakelab.lessons.Diagnostic(
                    name, 0, 0, org.handshakelab.lessons.Diagnostic.Severity.ERROR,
                    "could not be loaded (" + e.getCause().getClass().getSimpleName() + "); details are in the log",
                    null))), null, name, null, false);
        }
    }

    /** Whether {@code --lesson} names a packet capture rather than a lesson. */
    static boolean isCapture(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".pcap") || lower.endsWith(".pcapng") || lower.endsWith(".cap");
    }

    static FirstLesson load(StartupOptions options) {
        String wanted = options.lesson();
        if (wanted == null || isCapture(wanted)) { // a capture opens once the window is up
            return new FirstLesson(LessonSource.loadBundled(LessonSource.DEFAULT_ID), null, LessonSource.DEFAULT_ID,
                    null, false);
        }
        LoadOutcome outcome;
        Path file = null;
        String name = wanted;
        boolean notFound = false;
        if (Files.isRegularFile(Path.of(wanted))) {
            file = Path.of(wanted).toAbsolutePath().normalize();
            name = file.getFileName().toString();
            outcome = LessonSource.loadFile(file);
        } else if (LessonSource.isBundled(wanted)) {
            outcome = LessonSource.loadBundled(wanted);
        } else {
            outcome = null;
            notFound = true;
        }
        LoadOutcome fallback = outcome instanceof LoadOutcome.Loaded ? null : LessonSource.loadBundled(LessonSource.DEFAULT_ID);
        return new FirstLesson(outcome, file, name, fallback, notFound);
    }
}
